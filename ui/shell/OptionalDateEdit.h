#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace carnet {

// A date field that may be left empty: the user types a date as written on paper
// ("14/05/1991", "1/5/1991", "14051991", "1991-05-14") or picks it on a calendar; an empty
// field is "no date" and shows `noDateText`. No sentinel date stands for "empty" (a QDateEdit
// needs one, and its special value traps what the user types). The calendar opens on the typed
// date's month or, when the field is empty, on the reference date (e.g. thirty years ago for a
// birth date). Used by every optional date of the faces.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString& noDateText, QWidget* parent = nullptr);

    // The date typed, or an invalid QDate when the field is empty or not (yet) a date.
    QDate date() const;
    // Shows `date`, or empties the field when `date` is invalid.
    void setDate(QDate date);
    // True when the field is empty or holds a date within the range.
    bool hasAcceptableInput() const;
    bool isEmpty() const;

    // Names the field for assistive technologies: the container and the text it focuses
    // (hides QWidget::setAccessibleName, which would name only the container).
    void setAccessibleName(const QString& name);

    void setMinimumDate(QDate date);
    void setMaximumDate(QDate date);
    // The month the calendar shows when the field is empty (today when never set).
    void setCalendarReference(QDate date);
    QDate calendarReference() const { return m_reference; }

    // The format dates are shown in: the locale's short format with a four-digit year (in
    // numbers: dd/MM/yyyy where the locale writes the month's name).
    static QString displayFormat();
    // A date written in the display format, for hints ("14/05/1991").
    static QString example();
    // The date written in `text` in one of the accepted forms, or an invalid QDate.
    static QDate parse(const QString& text);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    // The calendar of the popup (created when first shown; for tests).
    QCalendarWidget* calendar() const { return m_calendar; }

public slots:
    void showCalendar();

signals:
    // The date changed (an invalid QDate when the field became empty or unreadable).
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onTextChanged();
    void normalizeText();
    void updateLook();
    void retranslate();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_minimum{1800, 1, 1};
    QDate m_maximum{2200, 12, 31};
    QDate m_reference;
    QDate m_last;
};

} // namespace carnet
