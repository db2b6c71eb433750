#include "AidDocuments.h"
#include "PdfMerger.h"
#include "PdfRenderer.h"
#include "aid/AidRules.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// pdftotext's output in reading order, then in physical layout (table rows on one line), with
// every kind of space made plain and runs collapsed.
QString pdfText(const QString& path)
{
    QString text;
    for (const QStringList& mode : {QStringList{}, QStringList{QStringLiteral("-layout")}}) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), mode + QStringList{path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        // NFKC turns the "fi" ligature back into two letters and no-break spaces into spaces.
        text +=
            QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        text += QStringLiteral("\n=====\n");
    }
    text.replace(QChar(0x2019), QLatin1Char('\''));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    return text;
}

// Whether `text` holds `expected`, ignoring spaces (pdftotext places them by glyph positions).
bool holds(const QString& text, const QString& expected)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).remove(spaces).contains(QString(expected).remove(spaces));
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pages.match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

ChecklistItem item(const char* key, ChecklistStatus status, QDate date = {},
                   const char* variant = "")
{
    ChecklistItem i;
    i.key = QString::fromLatin1(key);
    i.status = status;
    i.documentDate = date;
    i.variant = QString::fromLatin1(variant);
    i.attachmentId = status == ChecklistStatus::Attached ? 1 : 0;
    return i;
}

// The S0 case: Meuse, 24 sessions at 45 € over 6 months.
AidDocumentData meuse()
{
    AidDocumentData data;
    data.today = d("2026-06-10");
    data.person.id = 1;
    data.person.name = QStringLiteral("Camille Martin");
    data.person.birthDate = d("1990-04-12");
    data.person.nir = QStringLiteral("190047500612345");
    data.psychologist.id = 2;
    data.psychologist.name = QStringLiteral("Claire Dupont");
    data.psychologist.rpps = QStringLiteral("10005173140");
    data.psychologist.contact = QStringLiteral("12 rue des Lilas\n55100 Verdun");
    data.departmentName = QStringLiteral("Meuse");
    AidRequest& r = data.request;
    r.id = 3;
    r.personId = 1;
    r.psychologistId = 2;
    r.departmentCode = QStringLiteral("55");
    r.sessions = 24;
    r.sessionPriceCents = 4500;
    r.periodFrom = d("2026-01-05");
    r.periodTo = d("2026-06-30");
    r.prepared = d("2026-01-10");
    r.submitted = d("2026-01-20");
    r.applicantAddress = QStringLiteral("3 place de la Mairie\n55000 Bar-le-Duc");
    r.checklist = {item("quote", ChecklistStatus::Attached, d("2026-01-08")),
                   item("prescription", ChecklistStatus::Received, d("2026-02-01")),
                   item("form", ChecklistStatus::Received, d("2026-01-15")),
                   item("income", ChecklistStatus::Attached, d("2026-01-02"), "c2s"),
                   item("lodging", ChecklistStatus::Missing),
                   item("rib", ChecklistStatus::Received)};
    AidFacts facts;
    facts.request = r;
    data.status = AidRules::status(facts, data.today, AidSettings{});
    return data;
}

} // namespace

Q_DECLARE_METATYPE(carnet::AidDocumentData)
Q_DECLARE_METATYPE(carnet::ChecklistStatus)

class TestAidDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Where to write: the kept folder for scripts/render-aid-pdfs, or the temporary one.
    QString out(const QString& name) const
    {
        const QString keep = qEnvironmentVariable("CARNET_AID_PDF_OUT");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            return QDir(keep).filePath(name);
        }
        return m_dir.filePath(name);
    }

    QString makeImage(const QString& name) const
    {
        QImage image(1240, 1754, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setPen(QPen(Qt::black, 6));
        painter.drawRect(60, 60, 1120, 1634);
        painter.drawLine(60, 60, 1180, 1694);
        painter.end();
        const QString path = m_dir.filePath(name);
        image.save(path);
        return path;
    }

    // A two-page PDF with known text, standing for a scanned-then-OCRed or digital document.
    QString makePdf(const QString& name) const
    {
        PdfRenderer renderer(QStringLiteral("Avis"));
        renderer.addHtml(QStringLiteral("<p>AVIS DE SITUATION DECLARATIVE page une</p>"));
        renderer.addHtml(QStringLiteral("<p>AVIS DE SITUATION DECLARATIVE page deux</p>"));
        const QString path = m_dir.filePath(name);
        return renderer.write(path).ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdftotext", "pdfinfo", "qpdf"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils and qpdf are needed (see scripts/dev)");
        }
    }

    void keys()
    {
        QCOMPARE(AidDocuments::kinds().size(), 7);
        for (const auto kind : AidDocuments::kinds()) {
            QCOMPARE(AidDocuments::fromKey(AidDocuments::key(kind)), kind);
            QVERIFY(!AidDocuments::displayName(kind).isEmpty());
        }
        QVERIFY(!AidDocuments::fromKey(QStringLiteral("dossier")).has_value());
    }

    // Every placeholder of every template is filled, whatever the facts leave out or add.
    void everyPlaceholderIsFilled_data()
    {
        QTest::addColumn<AidDocumentData>("data");
        QTest::newRow("Meuse") << meuse();

        AidDocumentData sparse = meuse();
        sparse.person.relation = Relation::Child;
        sparse.person.name.clear();
        sparse.person.nir.clear();
        sparse.person.birthDate = QDate();
        sparse.psychologist = Practitioner();
        sparse.departmentName.clear();
        sparse.request.applicantAddress.clear();
        sparse.request.periodFrom = QDate();
        sparse.request.periodTo = QDate();
        sparse.request.submitted = QDate();
        sparse.request.sessions = 1;
        sparse.request.checklist.clear();
        sparse.status.checklist.clear();
        QTest::newRow("sparse") << sparse;

        AidDocumentData full = meuse();
        full.person.relation = Relation::Other;
        full.psychologist.rpps = QStringLiteral("123456789");
        full.request.reference = QStringLiteral("AFI-2026-12");
        full.request.cpamAddress = QStringLiteral("CPAM de la Meuse\n55000 Bar-le-Duc");
        full.request.payee = AidPayee::Psychologist;
        full.request.schemeSessions = 10;
        full.request.periodTo = QDate();
        full.request.decision = AidDecision::Partial;
        full.request.decisionDate = d("2026-05-01");
        full.request.grantedCents = 90000;
        full.request.appealText = QStringLiteral("Une raison.\n\nUne autre.");
        for (int i = 0; i < 6; ++i) {
            Session s;
            s.id = 10 + i;
            s.date = d("2026-05-19").addDays(7 * i);
            s.feeCents = 4500;
            full.invoiceSessions << s;
        }
        AidFacts facts;
        facts.request = full.request;
        facts.hasMutuelle = true;
        facts.schemeTariffCents = 5000;
        facts.schemeAmoRatePercent = 60;
        full.status = AidRules::status(facts, full.today, AidSettings{});
        QTest::newRow("full") << full;
    }
    void everyPlaceholderIsFilled()
    {
        QFETCH(AidDocumentData, data);
        for (const auto kind : AidDocuments::kinds()) {
            const QString html = AidDocuments::html(kind, data);
            QVERIFY2(!html.isEmpty(), qPrintable(AidDocuments::key(kind)));
            QVERIFY2(!html.contains(QStringLiteral("{{")) && !html.contains(QStringLiteral("}}")),
                     qPrintable(AidDocuments::key(kind) + QStringLiteral(": ") + html));
            QVERIFY2(!AidDocuments::frenchTitle(kind).isEmpty(),
                     qPrintable(AidDocuments::key(kind)));
        }
    }

    // What the user typed is text, never markup.
    void valuesAreEscaped()
    {
        AidDocumentData data = meuse();
        data.person.name = QStringLiteral("Camille <b>Martin</b> & fils");
        data.person.relation = Relation::Child;
        data.psychologist.name = QStringLiteral("Claire <Dupont>");
        data.departmentName = QStringLiteral("Meuse <55>");
        data.request.reference = QStringLiteral("<ref>");
        data.request.applicantAddress = QStringLiteral("3 <place>\n55000 Bar");
        data.request.appealText = QStringLiteral("Parce que 1 < 2 & <i>moi</i>");
        for (const auto kind : AidDocuments::kinds()) {
            const QString html = AidDocuments::html(kind, data);
            for (const char* raw :
                 {"<b>Martin", "<Dupont>", "<55>", "<ref>", "<place>", "1 < 2", "<i>moi"})
                QVERIFY2(!html.contains(QString::fromLatin1(raw)),
                         qPrintable(AidDocuments::key(kind) + QStringLiteral(": ") +
                                    QString::fromLatin1(raw)));
        }
        const QString cover = AidDocuments::html(AidDocuments::Kind::CoverLetter, data);
        QVERIFY(cover.contains(QStringLiteral("Camille &lt;b&gt;Martin&lt;/b&gt; &amp; fils")));
        QVERIFY(cover.contains(QStringLiteral("3 &lt;place&gt;<br>55000 Bar")));
        QVERIFY(cover.contains(QStringLiteral("Réf. du dossier : &lt;ref&gt;")));
        QVERIFY(AidDocuments::html(AidDocuments::Kind::Appeal, data)
                    .contains(
                        QStringLiteral("<p>Parce que 1 &lt; 2 &amp; &lt;i&gt;moi&lt;/i&gt;</p>")));
        QVERIFY(AidDocuments::html(AidDocuments::Kind::Quote, data)
                    .contains(QStringLiteral("Claire &lt;Dupont&gt;, RPPS 10005173140")));
    }

    // "devis joint" only when the quote is in hand (received or attached).
    void coverLetterEnclosesTheQuoteOnlyWhenInHand_data()
    {
        QTest::addColumn<ChecklistStatus>("quote");
        QTest::addColumn<bool>("enclosed");
        QTest::newRow("missing") << ChecklistStatus::Missing << false;
        QTest::newRow("asked for") << ChecklistStatus::Requested << false;
        QTest::newRow("received") << ChecklistStatus::Received << true;
        QTest::newRow("attached") << ChecklistStatus::Attached << true;
    }
    void coverLetterEnclosesTheQuoteOnlyWhenInHand()
    {
        QFETCH(ChecklistStatus, quote);
        QFETCH(bool, enclosed);
        AidDocumentData data = meuse();
        data.request.checklist.first() = item("quote", quote, d("2026-01-08"));
        AidFacts facts;
        facts.request = data.request;
        data.status = AidRules::status(facts, data.today, AidSettings{});
        const QString cover = AidDocuments::html(AidDocuments::Kind::CoverLetter, data);
        QCOMPARE(cover.contains(QStringLiteral("(devis joint)")), enclosed);
        QVERIFY2(cover.contains(enclosed ? QStringLiteral("€ (devis joint). Le reste")
                                         : QStringLiteral("€. Le reste")),
                 qPrintable(cover));
    }

    // French file names with the person's name and the day, safe on every file system.
    void fileNames()
    {
        AidDocumentData data = meuse();
        QCOMPARE(AidDocuments::fileName(QStringLiteral("cover-letter"), data),
                 QStringLiteral("Demande AFI - Camille Martin - 2026-06-10.pdf"));
        QCOMPARE(AidDocuments::fileName(QStringLiteral("dossier"), data),
                 QStringLiteral("Dossier AFI - Camille Martin - 2026-06-10.pdf"));
        for (const auto kind : AidDocuments::kinds())
            QVERIFY(AidDocuments::fileName(AidDocuments::key(kind), data)
                        .endsWith(QStringLiteral(" - Camille Martin - 2026-06-10.pdf")));
        data.person.name = QStringLiteral("..Zoé / d'Arc: <\"Jeanne\">?*|\tÉlise\\");
        QCOMPARE(AidDocuments::fileName(QStringLiteral("summary"), data),
                 QStringLiteral("Récapitulatif AFI - Zoé d'Arc Jeanne Élise - 2026-06-10.pdf"));
        data.person.name.clear();
        QCOMPARE(AidDocuments::fileName(QStringLiteral("quote"), data),
                 QStringLiteral("Devis AFI - 2026-06-10.pdf"));
    }

    void documents_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("quote request")
            << QStringLiteral("quote-request") << 1
            << QStringList{QStringLiteral("Objet : demande de devis"),
                           QStringLiteral("Claire Dupont"),
                           QStringLiteral("55100 Verdun"),
                           QStringLiteral("CPAM) de Meuse"),
                           QStringLiteral("inhabituelle"),
                           QStringLiteral("24 séances à 45,00 €"),
                           QStringLiteral("du 5 janvier 2026 au 30 juin 2026"),
                           QStringLiteral("soit 1 080,00 €"),
                           QStringLiteral("Le 10 juin 2026")};
        QTest::newRow("quote") << QStringLiteral("quote") << 1
                               << QStringList{
                                      QStringLiteral("DEVIS — Suivi psychologique"),
                                      QStringLiteral("RPPS 10005173140"),
                                      QStringLiteral("Camille Martin, né(e) le 12 avril 1990"),
                                      QStringLiteral("1 90 04 75 006 123 45"),
                                      QStringLiteral("suivi psychologique 24 45,00 € 1 080,00 €"),
                                      QStringLiteral("(hors du dispositif Mon soutien psy)"),
                                      QStringLiteral("Total 1 080,00 €"),
                                      QStringLiteral("Signature et cachet du psychologue")};
        QTest::newRow("cover letter")
            << QStringLiteral("cover-letter") << 1
            << QStringList{QStringLiteral("3 place de la Mairie"),
                           QStringLiteral("Caisse primaire d'assurance maladie de Meuse"),
                           QStringLiteral("Objet : demande d'aide financière individuelle"),
                           QStringLiteral("coût total de 1 080,00 € (devis joint)"),
                           QStringLiteral("s'élève à 1 080,00 €"),
                           QStringLiteral("Attestation de complémentaire santé solidaire (C2S)"),
                           QStringLiteral("me soit versée sur présentation des factures")};
        QTest::newRow("summary")
            << QStringLiteral("summary") << 1
            << QStringList{
                   QStringLiteral("Récapitulatif du dossier adressé à la CPAM de Meuse (55)"),
                   QStringLiteral("Coût total des soins (24 séances à 45,00 €)"),
                   QStringLiteral("Part de la complémentaire santé 0,00 €"),
                   QStringLiteral("Part de l'Assurance maladie (Mon soutien psy)"),
                   QStringLiteral("Part de la complémentaire santé"),
                   QStringLiteral("Reste à charge : montant de l'aide demandée"),
                   QStringLiteral("1 Devis du psychologue"),
                   QStringLiteral("jointe 08/01/2026"),
                   QStringLiteral("manquante"),
                   QStringLiteral("Demande envoyée le"),
                   QStringLiteral("20 janvier 2026")};
        QTest::newRow("follow-up")
            << QStringLiteral("follow-up") << 1
            << QStringList{QStringLiteral("Objet : relance — demande d'aide financière "
                                          "individuelle envoyée le 20 janvier 2026"),
                           QStringLiteral("141 jours plus tard"),
                           QStringLiteral("montant demandé : 1 080,00 €")};
    }
    void documents()
    {
        QFETCH(QString, key);
        QFETCH(int, pages);
        QFETCH(QStringList, expected);
        const auto kind = AidDocuments::fromKey(key);
        QVERIFY(kind);
        const QString path = out(key + QStringLiteral(".pdf"));
        const auto written = AidDocuments::writePdf(*kind, meuse(), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        for (const auto& e : expected)
            QVERIFY2(holds(text, e), qPrintable(e + QStringLiteral("\n---\n") + text));
    }

    void appealWithReasonsAndRoutes()
    {
        AidDocumentData data = meuse();
        data.request.decision = AidDecision::Refused;
        data.request.decisionDate = d("2026-05-18");
        data.request.appealText =
            QStringLiteral("Mes revenus ont baissé depuis la demande.\n\n"
                           "Le CMP de Verdun ne peut pas me recevoir avant un an.");
        const QString path = out(QStringLiteral("appeal.pdf"));
        QVERIFY(AidDocuments::writePdf(AidDocuments::Kind::Appeal, data, path).ok());
        QCOMPARE(pdfPages(path), 2);
        const QString text = pdfText(path);
        for (const char* e :
             {"Objet : demande de réexamen — décision du 18 mai 2026",
              "Mes revenus ont baissé depuis la demande.",
              "Le CMP de Verdun ne peut pas me recevoir avant un an.",
              "demande d'aide financière individuelle du 20 janvier 2026",
              "À garder : après cette lettre", "Réclamation.", "Conciliateur.", "ne l'envoyez pas"})
            QVERIFY2(holds(text, QString::fromUtf8(e)), e);
    }

    void invoiceClaim()
    {
        AidDocumentData data = meuse();
        data.request.decision = AidDecision::Partial;
        data.request.decisionDate = d("2026-05-01");
        data.request.grantedCents = 90000;
        data.request.claims = {{d("2026-05-10"), 13500, {}, {}, {}}};
        for (int i = 0; i < 3; ++i) {
            Session s;
            s.id = 10 + i;
            s.date = d("2026-05-05").addDays(7 * i);
            s.feeCents = 4500;
            data.invoiceSessions << s;
        }
        const QString path = out(QStringLiteral("invoice-claim.pdf"));
        QVERIFY(AidDocuments::writePdf(AidDocuments::Kind::InvoiceClaim, data, path).ok());
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char* e : {"accordée le 1er mai 2026 — factures de mai 2026",
                              "aide financière individuelle de 900,00 €",
                              "05/05/2026 Séance avec Claire Dupont 45,00 €", "19/05/2026",
                              "Total de la présente demande 135,00 €", "Déjà demandé : 135,00 €",
                              "Reste après cette demande : 630,00 €"})
            QVERIFY2(holds(text, QString::fromUtf8(e)),
                     qPrintable(QString::fromUtf8(e) + QStringLiteral("\n") + text));
    }

    void dossierMergesPdfsAndDrawsImages()
    {
        const QString image = makeImage(QStringLiteral("rib.png"));
        const QString pdf = makePdf(QStringLiteral("avis.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pdfPages(pdf), 2);
        const QString path = out(QStringLiteral("dossier.pdf"));
        const QList<DossierAttachment> attachments{
            {image, QStringLiteral("Pièce 1 : Devis du psychologue")},
            {pdf, QStringLiteral("Pièce 4 : Attestation C2S")},
            {image, QStringLiteral("Pièce 6 : RIB")}};
        const auto written = AidDocuments::writeDossier(meuse(), attachments, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        // cover letter + summary + image + 2 PDF pages + image
        QCOMPARE(pdfPages(path), 6);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString text = pdfText(path);
        // The PDF's text survives: it was merged, not rasterised.
        QVERIFY(text.contains(QStringLiteral("AVIS DE SITUATION DECLARATIVE page une")));
        QVERIFY(text.contains(QStringLiteral("AVIS DE SITUATION DECLARATIVE page deux")));
        QVERIFY(text.contains(QStringLiteral("Pièce 1 : Devis du psychologue")));
        QVERIFY(text.contains(QStringLiteral("Pièce 6 : RIB")));
        QVERIFY(text.indexOf(QStringLiteral("Objet : demande d'aide")) <
                text.indexOf(QStringLiteral("Récapitulatif du dossier")));
        QVERIFY(text.indexOf(QStringLiteral("Pièce 1 :")) <
                text.indexOf(QStringLiteral("page une")));
        QVERIFY(text.indexOf(QStringLiteral("page deux")) <
                text.indexOf(QStringLiteral("Pièce 6 :")));
    }

    void dossierOfImagesNeedsNoQpdf()
    {
        const QString image = makeImage(QStringLiteral("scan.png"));
        const QString path = m_dir.filePath(QStringLiteral("images-only.pdf"));
        const auto written = AidDocuments::writeDossier(
            meuse(), {{image, QStringLiteral("Pièce 5 : Attestation d'hébergement")}}, path,
            QStringLiteral("/nonexistent/qpdf"));
        QVERIFY(written.ok());
        QCOMPARE(pdfPages(path), 3);
        QVERIFY(pdfText(path).contains(QStringLiteral("Pièce 5 : Attestation d'hébergement")));
    }

    void dossierWithoutQpdfSaysSo()
    {
        const QString pdf = makePdf(QStringLiteral("avis2.pdf"));
        const QString path = m_dir.filePath(QStringLiteral("no-qpdf.pdf"));
        const auto written = AidDocuments::writeDossier(meuse(), {{pdf, QStringLiteral("Avis")}},
                                                        path, QStringLiteral("/nonexistent/qpdf"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Io);
        QVERIFY(written.error().message.contains(QStringLiteral("qpdf")));
        QVERIFY(written.error().message.contains(QStringLiteral("apt install qpdf")));
        QVERIFY(!QFile::exists(path));
    }

    void dossierRefusesOtherFiles()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
        auto written = AidDocuments::writeDossier(meuse(), {{text, QStringLiteral("x")}}, path);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("neither a PDF nor an image")));
        written = AidDocuments::writeDossier(
            meuse(), {{m_dir.filePath(QStringLiteral("missing.png")), QStringLiteral("x")}}, path);
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(path));
    }

    void damagedPdfIsReported()
    {
        const QString fake = m_dir.filePath(QStringLiteral("damaged.pdf"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\nthis is not a pdf at all\n");
        file.close();
        const QString path = m_dir.filePath(QStringLiteral("damaged-dossier.pdf"));
        const auto written =
            AidDocuments::writeDossier(meuse(), {{fake, QStringLiteral("x")}}, path);
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestAidDocuments)
#include "TestAidDocuments.moc"
