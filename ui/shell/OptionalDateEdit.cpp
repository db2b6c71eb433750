#include "shell/OptionalDateEdit.h"

#include "shell/Emphasis.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

#include <algorithm>
#include <array>

namespace carnet {

OptionalDateEdit::OptionalDateEdit(const QString& noDateText, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(noDateText);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    const int digits = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000"));
    m_edit->setMinimumWidth(std::max(digits, m_edit->fontMetrics().horizontalAdvance(noDateText)) +
                            40);
    layout->addWidget(m_edit, 1);

    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("dateCalendarButton"));
    m_button->setText(QStringLiteral("▾"));
    // Not a tab stop (as a QDateEdit's arrow): F4 or Alt+Down opens the calendar.
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_button);

    // A tab stop that hands the focus to its text (so that setTabOrder() places the field).
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &OptionalDateEdit::onTextChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, &OptionalDateEdit::normalizeText);
    connect(m_button, &QToolButton::clicked, this, &OptionalDateEdit::showCalendar);
    retranslate();
    updateLook();
}

QString OptionalDateEdit::displayFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Numbers only (the C locale writes the month's name): what is shown can be typed back.
    if (format.contains(QLatin1String("MMM")) || format.contains(QLatin1String("ddd")))
        format = QStringLiteral("dd/MM/yyyy");
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString OptionalDateEdit::example()
{
    return QDate(1991, 5, 14).toString(displayFormat());
}

QDate OptionalDateEdit::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    // The order of day, month and year is the display format's.
    const QString format = displayFormat();
    std::array<std::pair<qsizetype, QChar>, 3> order{{{format.indexOf(QLatin1Char('d')), u'd'},
                                                      {format.indexOf(QLatin1Char('M')), u'M'},
                                                      {format.indexOf(QLatin1Char('y')), u'y'}}};
    std::sort(order.begin(), order.end());

    QStringList parts;
    static const QRegularExpression allDigits(QStringLiteral("^\\d{8}$"));
    if (allDigits.match(t).hasMatch()) {
        qsizetype at = 0;
        for (const auto& [pos, field] : order) {
            const qsizetype length = field == u'y' ? 4 : 2;
            parts << t.mid(at, length);
            at += length;
        }
    } else {
        static const QRegularExpression separators(QStringLiteral("[^0-9]+"));
        parts = t.split(separators);
        if (parts.size() != 3)
            return {};
    }
    int day = 0;
    int month = 0;
    int year = 0;
    for (int i = 0; i < 3; ++i) {
        const QString& part = parts.at(i);
        if (part.isEmpty())
            return {};
        switch (order.at(i).second.unicode()) {
        case u'd':
            if (part.size() > 2)
                return {};
            day = part.toInt();
            break;
        case u'M':
            if (part.size() > 2)
                return {};
            month = part.toInt();
            break;
        default:
            if (part.size() != 4) // a two-digit year is ambiguous: 1991 or 2091?
                return {};
            year = part.toInt();
        }
    }
    return QDate(year, month, day);
}

QDate OptionalDateEdit::date() const
{
    const QDate d = parse(m_edit->text());
    return d.isValid() && d >= m_minimum && d <= m_maximum ? d : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    m_edit->setText(date.isValid() ? date.toString(displayFormat()) : QString());
}

bool OptionalDateEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool OptionalDateEdit::hasAcceptableInput() const
{
    return isEmpty() || date().isValid();
}

void OptionalDateEdit::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
}

void OptionalDateEdit::setMinimumDate(QDate date)
{
    m_minimum = date;
    onTextChanged();
}

void OptionalDateEdit::setMaximumDate(QDate date)
{
    m_maximum = date;
    onTextChanged();
}

void OptionalDateEdit::setCalendarReference(QDate date)
{
    m_reference = date;
}

void OptionalDateEdit::showCalendar()
{
    if (!m_popup) {
        m_popup = new QMenu(this);
        m_popup->setObjectName(QStringLiteral("dateCalendarPopup"));
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        auto* action = new QWidgetAction(m_popup);
        action->setDefaultWidget(m_calendar);
        m_popup->addAction(action);
        const auto pick = [this](QDate picked) {
            setDate(picked);
            m_popup->close();
            m_edit->setFocus();
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
    }
    m_calendar->setDateRange(m_minimum, m_maximum);
    QDate shown = date();
    if (!shown.isValid())
        shown = m_reference.isValid() ? m_reference : QDate::currentDate();
    shown = std::clamp(shown, m_minimum, m_maximum);
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->popup(mapToGlobal(QPoint(0, height())));
    m_calendar->setFocus();
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F4 ||
            (key->key() == Qt::Key_Down && key->modifiers().testFlag(Qt::AltModifier))) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateLook();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::onTextChanged()
{
    updateLook();
    const QDate now = date();
    if (now != m_last) {
        m_last = now;
        emit dateChanged(now);
    }
}

void OptionalDateEdit::normalizeText()
{
    if (const QDate d = date(); d.isValid() && m_edit->text() != d.toString(displayFormat()))
        setDate(d);
}

void OptionalDateEdit::updateLook()
{
    QPalette palette = m_edit->palette();
    const bool bad = !hasAcceptableInput();
    palette.setColor(QPalette::Text, bad ? Emphasis::warningText(this->palette())
                                         : this->palette().color(QPalette::Text));
    m_edit->setPalette(palette);
    m_edit->setAccessibleDescription(bad ? tr("Not a date: type it like %1.").arg(example())
                                         : QString());
}

void OptionalDateEdit::retranslate()
{
    m_edit->setToolTip(
        tr("Type the date like %1, or pick it on the calendar (F4).").arg(example()));
    m_button->setToolTip(tr("Pick the date on a calendar"));
    m_button->setAccessibleName(tr("Pick the date on a calendar"));
}

} // namespace carnet
