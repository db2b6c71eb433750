#include "AidLetters.h"

#include "FrenchFormat.h"
#include "HtmlTemplate.h"
#include "LetterTemplates.h"
#include "aid/AidCatalogue.h"
#include "aid/AidRules.h"

#include <QStringList>

#include <algorithm>

namespace carnet {
namespace AidLetters {

namespace {

using namespace FrenchFormat;

QString esc(const QString& text)
{
    return HtmlTemplate::escaped(text);
}

HtmlTemplate fragment(const char* name)
{
    return LetterTemplates::fragment(QString::fromLatin1(name));
}

QString phrase(const char* name)
{
    return LetterTemplates::phrase(QString::fromLatin1(name));
}

// A fragment for an optional line: empty when `value` is.
QString lineIf(const char* name, const char* placeholder, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return fragment(name).text(QString::fromLatin1(placeholder), value).render();
}

QString sessionsText(int n)
{
    return n == 1 ? phrase("sessions-one")
                  : fragment("sessions-many")
                        .text(QStringLiteral("count"), QString::number(n))
                        .render();
}

QString periodText(const AidRequest& r)
{
    if (r.periodFrom.isValid() && r.periodTo.isValid()) {
        return fragment("period-range")
            .text(QStringLiteral("from"), date(r.periodFrom))
            .text(QStringLiteral("to"), date(r.periodTo))
            .render();
    }
    if (r.periodFrom.isValid())
        return fragment("period-from").text(QStringLiteral("from"), date(r.periodFrom)).render();
    return phrase("period-open");
}

QString frenchItemLabel(const ChecklistItem& item)
{
    const AidItemSpec* spec = AidCatalogue::instance().item(item.key);
    if (!spec)
        return item.key;
    if (const auto* variant = spec->variant(item.variant))
        return variant->frenchLabel;
    return spec->frenchLabel;
}

QString frenchStatus(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Missing:
        return phrase("status-missing");
    case ChecklistStatus::Requested:
        return phrase("status-requested");
    case ChecklistStatus::Received:
        return phrase("status-received");
    case ChecklistStatus::Attached:
        return phrase("status-attached");
    }
    return {};
}

// "Claire Dupont, RPPS 10005173140" (ADELI for a 9-digit number).
QString psychologistIdentity(const Practitioner& psy)
{
    QString html = esc(orBlank(psy.name));
    if (!psy.rpps.trimmed().isEmpty()) {
        html += fragment("practitioner-number")
                    .text(QStringLiteral("register"), psy.rpps.trimmed().size() == 9
                                                          ? QStringLiteral("ADELI")
                                                          : QStringLiteral("RPPS"))
                    .text(QStringLiteral("number"), psy.rpps)
                    .render();
    }
    return html;
}

// The blocks shared by the letters: who writes, to whom, when, and the signature.
struct Letter
{
    const AidDocumentData& data;

    // "mon suivi psychologique", "le suivi psychologique de mon enfant Léa"...
    QString care() const
    {
        if (data.person.relation == Relation::Child)
            return fragment("care-child").text(QStringLiteral("name"), data.person.name).render();
        if (data.person.relation == Relation::Other)
            return fragment("care-other").text(QStringLiteral("name"), data.person.name).render();
        return phrase("care-self");
    }

    QString sender() const
    {
        HtmlTemplate sender = fragment("sender");
        sender.text(QStringLiteral("name"), orBlank(data.person.name));
        if (data.request.applicantAddress.trimmed().isEmpty())
            sender.html(QStringLiteral("address"), blank() + QStringLiteral("<br>") + blank());
        else
            sender.text(QStringLiteral("address"), data.request.applicantAddress);
        return sender
            .html(QStringLiteral("nir"),
                  lineIf("nir-line", "nir", socialSecurityNumber(data.person.nir)))
            .html(QStringLiteral("reference"),
                  lineIf("reference-line", "reference", data.request.reference))
            .render();
    }

    QString cpam() const
    {
        if (!data.request.cpamAddress.trimmed().isEmpty())
            return esc(data.request.cpamAddress);
        return fragment("cpam-address")
            .text(QStringLiteral("department"), data.departmentName)
            .text(QStringLiteral("blank"), blank())
            .render();
    }

    QString psychologist() const
    {
        QString address = esc(orBlank(data.psychologist.name));
        if (!data.psychologist.contact.trimmed().isEmpty())
            address += QStringLiteral("<br>") + esc(data.psychologist.contact);
        return address;
    }

    QString head(bool toCpam) const
    {
        const QString recipient =
            fragment("recipient")
                .html(QStringLiteral("address"), toCpam ? cpam() : psychologist())
                .render();
        return fragment("head")
            .html(QStringLiteral("sender"), sender())
            .html(QStringLiteral("recipient"), recipient)
            .text(QStringLiteral("date"), date(data.today))
            .render();
    }

    QString signature() const
    {
        return fragment("signature")
            .text(QStringLiteral("name"), orBlank(data.person.name))
            .render();
    }

    // The letter's template with its head, signature and the care it is about.
    HtmlTemplate document(const char* key, bool toCpam) const
    {
        HtmlTemplate letter = LetterTemplates::document(QString::fromLatin1(key));
        letter.html(QStringLiteral("head"), head(toCpam))
            .html(QStringLiteral("signature"), signature())
            .html(QStringLiteral("care"), care());
        return letter;
    }
};

} // namespace

QString quoteRequest(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    return Letter{data}
        .document("quote-request", false)
        .text(QStringLiteral("department"), data.departmentName)
        .html(QStringLiteral("sessions"), sessionsText(r.sessions))
        .text(QStringLiteral("price"), money(r.sessionPriceCents))
        .html(QStringLiteral("period"), periodText(r))
        .text(QStringLiteral("total"), money(r.totalCents()))
        .render();
}

QString quote(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    const Person& p = data.person;
    QString patient = esc(orBlank(p.name));
    if (p.birthDate.isValid())
        patient += fragment("born").text(QStringLiteral("date"), date(p.birthDate)).render();
    patient += lineIf("nir-line", "nir", socialSecurityNumber(p.nir));
    QString psy = psychologistIdentity(data.psychologist);
    if (!data.psychologist.contact.trimmed().isEmpty())
        psy += QStringLiteral("<br>") + esc(data.psychologist.contact);
    const QString scheme =
        r.schemeSessions > 0 ? fragment("quote-scheme")
                                   .html(QStringLiteral("sessions"), sessionsText(r.schemeSessions))
                                   .render()
                             : phrase("quote-no-scheme");
    return LetterTemplates::document(QStringLiteral("quote"))
        .html(QStringLiteral("psychologist"), psy)
        .html(QStringLiteral("patient"), patient)
        .text(QStringLiteral("count"), QString::number(r.sessions))
        .text(QStringLiteral("price"), money(r.sessionPriceCents))
        .text(QStringLiteral("total"), money(r.totalCents()))
        .html(QStringLiteral("period"), periodText(r))
        .text(QStringLiteral("department"), data.departmentName)
        .text(QStringLiteral("blank"), blank())
        .html(QStringLiteral("scheme"), scheme)
        .render();
}

QString coverLetter(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    const AidShares& s = data.status.shares;
    QString shares;
    if (s.schemeSplit) {
        HtmlTemplate sentence =
            fragment(s.mutuelleCents > 0 ? "shares-scheme-mutuelle" : "shares-scheme");
        sentence.text(QStringLiteral("cpam"), money(s.cpamCents));
        if (s.mutuelleCents > 0)
            sentence.text(QStringLiteral("mutuelle"), money(s.mutuelleCents));
        shares = QLatin1Char(' ') + sentence.render();
    } else if (s.mutuelleCents > 0) {
        shares = QLatin1Char(' ') + fragment("shares-mutuelle")
                                        .text(QStringLiteral("mutuelle"), money(s.mutuelleCents))
                                        .render();
    }
    // "(devis joint)" only when the checklist has the quote in hand (received or attached).
    QString quote;
    QString items;
    for (const auto& l : data.status.checklist) {
        if (l.item.key == QLatin1String("quote") && l.item.isInHand())
            quote = QLatin1Char(' ') + phrase("quote-enclosed");
        if (l.item.isInHand()) {
            items += fragment("enclosed-item")
                         .text(QStringLiteral("label"), frenchItemLabel(l.item))
                         .render();
        }
    }
    const QString pieces = items.isEmpty()
                               ? QString()
                               : fragment("enclosed").html(QStringLiteral("items"), items).render();
    return Letter{data}
        .document("cover-letter", true)
        .text(QStringLiteral("psychologist"), orBlank(data.psychologist.name))
        .html(QStringLiteral("sessions"), sessionsText(r.sessions))
        .text(QStringLiteral("price"), money(r.sessionPriceCents))
        .html(QStringLiteral("period"), periodText(r))
        .text(QStringLiteral("total"), money(s.totalCents))
        .html(QStringLiteral("quote"), quote)
        .html(QStringLiteral("shares"), shares)
        .text(QStringLiteral("remaining"), money(s.remainingCents))
        .html(QStringLiteral("payee"),
              phrase(r.payee == AidPayee::Psychologist ? "payee-psychologist" : "payee-person"))
        .html(QStringLiteral("pieces"), pieces)
        .render();
}

QString summary(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    const Person& p = data.person;
    const AidShares& s = data.status.shares;
    QString pieces;
    int n = 0;
    for (const auto& l : data.status.checklist) {
        pieces += fragment("summary-piece-row")
                      .text(QStringLiteral("number"), QString::number(++n))
                      .text(QStringLiteral("label"), frenchItemLabel(l.item))
                      .html(QStringLiteral("status"), frenchStatus(l.item.status))
                      .text(QStringLiteral("date"), shortDate(l.item.documentDate))
                      .render();
    }
    return LetterTemplates::document(QStringLiteral("summary"))
        .text(QStringLiteral("department"), data.departmentName)
        .text(QStringLiteral("department_code"), r.departmentCode)
        .text(QStringLiteral("name"), orBlank(p.name))
        .text(QStringLiteral("birth_date"), date(p.birthDate))
        .html(QStringLiteral("nir_row"),
              lineIf("summary-nir-row", "nir", socialSecurityNumber(p.nir)))
        .html(QStringLiteral("psychologist"), psychologistIdentity(data.psychologist))
        .html(QStringLiteral("sessions"), sessionsText(r.sessions))
        .text(QStringLiteral("price"), money(r.sessionPriceCents))
        .html(QStringLiteral("period"), periodText(r))
        .html(QStringLiteral("payee"),
              phrase(r.payee == AidPayee::Psychologist ? "summary-payee-psychologist"
                                                       : "summary-payee-person"))
        .html(QStringLiteral("submitted_row"),
              r.submitted.isValid() ? fragment("summary-submitted-row")
                                          .text(QStringLiteral("date"), date(r.submitted))
                                          .render()
                                    : QString())
        .text(QStringLiteral("total"), money(s.totalCents))
        .text(QStringLiteral("cpam"), money(s.cpamCents))
        .text(QStringLiteral("mutuelle"), money(s.mutuelleCents))
        .text(QStringLiteral("remaining"), money(s.remainingCents))
        .html(QStringLiteral("not_in_scheme"),
              s.schemeSplit ? QString() : phrase("summary-not-in-scheme"))
        .html(QStringLiteral("pieces"), pieces)
        .render();
}

QString followUp(const AidDocumentData& data)
{
    return Letter{data}
        .document("follow-up", true)
        .text(QStringLiteral("sent"), date(data.request.submitted))
        .text(QStringLiteral("days"), QString::number(data.status.daysWaiting))
        .text(QStringLiteral("remaining"), money(data.status.shares.remainingCents))
        .render();
}

QString appeal(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    QString reasons;
    if (r.appealText.trimmed().isEmpty()) {
        reasons = fragment("appeal-blank-reasons")
                      .text(QStringLiteral("blank"), blank() + blank())
                      .render();
    } else {
        const QStringList paragraphs =
            r.appealText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const auto& paragraph : paragraphs)
            reasons += fragment("appeal-reason").text(QStringLiteral("text"), paragraph).render();
    }
    return Letter{data}
        .document("appeal", true)
        .text(QStringLiteral("decision"), date(r.decisionDate))
        .text(QStringLiteral("sent"), date(r.submitted))
        .text(QStringLiteral("remaining"), money(data.status.shares.remainingCents))
        .html(QStringLiteral("reasons"), reasons)
        .render();
}

QString invoiceClaim(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    QList<Session> sessions = data.invoiceSessions;
    std::sort(sessions.begin(), sessions.end(),
              [](const Session& a, const Session& b) { return a.date < b.date; });
    Cents sum = 0;
    QString rows;
    QStringList months;
    for (const auto& s : std::as_const(sessions)) {
        sum += s.feeCents;
        rows += fragment("invoice-row")
                    .text(QStringLiteral("date"), shortDate(s.date))
                    .text(QStringLiteral("psychologist"), orBlank(data.psychologist.name))
                    .text(QStringLiteral("amount"), money(s.feeCents))
                    .render();
        const QString m = month(s.date);
        if (!months.contains(m))
            months << m;
    }
    const Cents claimed = AidRules::claimedCents(r);
    const Cents after = std::max<Cents>(r.grantedCents - claimed - sum, 0);
    return Letter{data}
        .document("invoice-claim", true)
        .text(QStringLiteral("decision"), date(r.decisionDate))
        .text(QStringLiteral("months"),
              months.isEmpty() ? blank() : months.join(QStringLiteral(", ")))
        .text(QStringLiteral("granted"), money(r.grantedCents))
        .text(QStringLiteral("psychologist"), orBlank(data.psychologist.name))
        .text(QStringLiteral("count"), QString::number(sessions.size()))
        .html(QStringLiteral("rows"), rows)
        .text(QStringLiteral("sum"), money(sum))
        .text(QStringLiteral("claimed"), money(claimed))
        .text(QStringLiteral("after"), money(after))
        .render();
}

} // namespace AidLetters
} // namespace carnet
