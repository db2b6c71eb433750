#include "rules/Departments.h"

#include <QCoreApplication>
#include <QFile>

#include <array>

namespace carnet {

namespace {

const QString kAmeli = QStringLiteral("https://www.ameli.fr/");
const QString kAfiPath = QStringLiteral("assure/droits-demarches/difficultes-acces-droits-soins/"
                                        "aides-financieres-individuelles");

// Where the caisse's ameli slug is not the département's name (DOMAIN.md B §4, R42).
// An empty slug means "not known": the national page is used.
struct SlugOverride
{
    const char* code;
    const char* slug;
};
constexpr std::array<SlugOverride, 3> kSlugOverrides{{
    {"59", "lille-douai"},  // Nord: CPAM de Lille-Douai (R42); its other caisses unconfirmed
    {"62", "cote-d-opale"}, // Pas-de-Calais: CPAM de la Côte d'Opale (R42)
    {"976", ""},            // Mayotte: the caisse is the CSSM, its ameli slug is unknown
}};

// Slugs seen in real ameli URLs (DOMAIN.md B §4: seeds S0, S1, S3; R41; R42).
constexpr std::array<const char*, 11> kConfirmedSlugs{{
    "charente-maritime",
    "paris",
    "meuse",
    "loiret",
    "gers",
    "cotes-d-armor",
    "val-d-oise",
    "la-reunion",
    "seine-saint-denis",
    "lille-douai",
    "cote-d-opale",
}};

// What seed S0 (an AFI tutorial written before 2022) says of some caisses.
struct NoteEntry
{
    const char* code;
    const char* note;
    bool excludesPsychology;
};
constexpr std::array<NoteEntry, 5> kNotes{{
    {"02",
     QT_TRANSLATE_NOOP("Departments",
                       "This caisse publishes the income ceilings it applies to financial aid "
                       "(noted in a tutorial written before 2022)."),
     false},
    {"38",
     QT_TRANSLATE_NOOP("Departments",
                       "This caisse may pay part of the cost of psychology or psychomotricity "
                       "sessions, on a prescription by a qualified professional, when a Centre "
                       "Médico-Psychologique (CMP) for children or adults has refused to take "
                       "the person on (noted in a tutorial written before 2022)."),
     false},
    {"55",
     QT_TRANSLATE_NOOP("Departments",
                       "This caisse has its own request form (imprimé secours, version of 19 June "
                       "2020): "
                       "https://www.ameli.fr/sites/default/files/"
                       "imprime_ps_secours_nle_version_19_juin_2020.pdf. Psychological care was "
                       "funded here even though the form does not list it (noted in a tutorial "
                       "written before 2022)."),
     false},
    {"69",
     QT_TRANSLATE_NOOP("Departments",
                       "This caisse's page says that psychology sessions (like cognitive "
                       "sessions, assessments and fees above the tariff) cannot be the subject "
                       "of a financial aid request (noted in a tutorial written before 2022). Ask "
                       "the caisse before preparing a request."),
     true},
    {"75",
     QT_TRANSLATE_NOOP("Departments",
                       "The form link on this caisse's page was broken; the form could be "
                       "downloaded from: "
                       "https://www.ameli.fr/sites/default/files/formulaire_aide_financiere_v4.pdf "
                       "(noted in a tutorial written before 2022)."),
     false},
}};

// "Côtes-d'Armor" → "cotes-d-armor": lower case, accents stripped, each run of anything
// other than a letter or a digit (spaces, apostrophes, hyphens) → one "-".
QString slugify(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toLower();
        const bool keep = (lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) ||
                          (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'));
        if (!keep) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash)
            slug += QLatin1Char('-');
        pendingDash = false;
        slug += lower;
    }
    return slug;
}

// One CSV line of the INSEE file (comma-separated, optional double quotes).
QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

QUrl Department::afiPage() const
{
    if (ameliSlug.isEmpty())
        return DepartmentDirectory::nationalAfiPage();
    return QUrl(kAmeli + ameliSlug + QLatin1Char('/') + kAfiPath);
}

const DepartmentDirectory& DepartmentDirectory::instance()
{
    static const DepartmentDirectory directory;
    return directory;
}

QUrl DepartmentDirectory::nationalAfiPage()
{
    return QUrl(kAmeli + kAfiPath);
}

const Department* DepartmentDirectory::find(const QString& code) const
{
    QString key = code.trimmed().toUpper();
    if (key.size() == 1 && key.at(0).isDigit())
        key.prepend(QLatin1Char('0'));
    for (const Department& department : m_departments) {
        if (department.code == key)
            return &department;
    }
    return nullptr;
}

DepartmentDirectory::DepartmentDirectory()
{
    QFile file(QStringLiteral(":/carnet/data/departements.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("carnet: the resource :/carnet/data/departements.csv is missing");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty())
        qFatal("carnet: :/carnet/data/departements.csv is empty");
    const QStringList header = splitCsvLine(lines.first().trimmed());
    const qsizetype codeColumn = header.indexOf(QStringLiteral("DEP"));
    const qsizetype nameColumn = header.indexOf(QStringLiteral("LIBELLE"));
    if (codeColumn < 0 || nameColumn < 0)
        qFatal("carnet: :/carnet/data/departements.csv lacks the DEP or LIBELLE column");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line);
        if (fields.size() <= std::max(codeColumn, nameColumn))
            qFatal("carnet: :/carnet/data/departements.csv line %d is incomplete", int(i + 1));
        Department department;
        department.code = fields.at(codeColumn).trimmed().toUpper();
        department.name = fields.at(nameColumn).trimmed();
        department.ameliSlug = slugify(department.name);
        for (const SlugOverride& o : kSlugOverrides) {
            if (department.code == QLatin1String(o.code))
                department.ameliSlug = QString::fromLatin1(o.slug);
        }
        for (const char* confirmed : kConfirmedSlugs) {
            if (department.ameliSlug == QLatin1String(confirmed))
                department.slugConfirmed = true;
        }
        for (const NoteEntry& n : kNotes) {
            if (department.code == QLatin1String(n.code)) {
                department.note = QCoreApplication::translate("Departments", n.note);
                department.excludesPsychology = n.excludesPsychology;
            }
        }
        m_departments.append(department);
    }
}

} // namespace carnet
