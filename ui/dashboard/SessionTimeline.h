#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

namespace carnet {

// A year's sessions on a line from January to December: a filled circle for a covered
// session, a hollow square for one that is not, a diamond for the evaluation (shapes, not
// colour alone). Hovering a mark says what it is; the accessible description sums it up.
class SessionTimeline final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QDate date;
        bool covered = false;
        bool evaluation = false;
        QString detail; // one line shown as the tooltip (translated)
    };

    explicit SessionTimeline(QWidget* parent = nullptr);

    void setYear(int year, const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF lineRect() const;
    QList<QPointF> positions() const; // one per entry; close marks stack upwards
    int entryAt(const QPoint& pos) const;

    int m_year = 0;
    QList<Entry> m_entries;
};

} // namespace carnet
