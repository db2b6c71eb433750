#include "shell/PersonSwitcher.h"

#include "persons/PersonChoiceDelegate.h"
#include "persons/PersonMatchProxyModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace carnet {

PersonSwitcher::PersonSwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Type a name"));
    setItemDelegate(new PersonChoiceDelegate(this));

    m_matches = new PersonMatchProxyModel(this);
    m_matches->setSourceModel(model());
    // The proxy filters by the core's rule; the completer shows what it keeps, as it is.
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_completer->popup()->setObjectName(QStringLiteral("personSearchPopup"));
    m_completer->popup()->setItemDelegate(new PersonChoiceDelegate(m_completer->popup()));
    // Before the line edit asks the completer to complete (it does after textEdited).
    connect(lineEdit(), &QLineEdit::textEdited, m_matches, &PersonMatchProxyModel::setQuery);
}

void PersonSwitcher::setChoices(const QList<PersonChoice>& choices, const QString& placeholder)
{
    m_matches->setQuery({});
    clear();
    for (const PersonChoice& choice : choices) {
        addItem(choice.label, choice.person.id);
        const int row = count() - 1;
        setItemData(row, choice.searchText, PersonMatchProxyModel::SearchTextRole);
        setItemData(row, choice.dueCount, PersonMatchProxyModel::DueCountRole);
        if (choice.dueCount > 0) {
            const QString due = tr("%n thing(s) to do", nullptr, choice.dueCount);
            setItemData(row, due, Qt::ToolTipRole);
            setItemData(row, QStringLiteral("%1, %2").arg(choice.label, due),
                        Qt::AccessibleTextRole);
        }
    }
    setEnabled(!choices.isEmpty());
    if (choices.isEmpty())
        addItem(placeholder, qint64(0));
}

void PersonSwitcher::startSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    lineEdit()->selectAll();
}

void PersonSwitcher::keyPressEvent(QKeyEvent* event)
{
    const bool typed = lineEdit()->text() != itemText(currentIndex());
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid()) {
            event->ignore(); // the completer takes the highlighted person
            return;
        }
        if (typed) {
            chooseFirstMatch();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (typed) {
            restoreText();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QComboBox::keyPressEvent(event);
}

void PersonSwitcher::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        restoreText();
}

bool PersonSwitcher::chooseFirstMatch()
{
    m_completer->popup()->hide();
    m_matches->setQuery(lineEdit()->text());
    if (m_matches->rowCount() == 0)
        return false;
    const int row = m_matches->mapToSource(m_matches->index(0, 0)).row();
    setCurrentIndex(row);
    lineEdit()->setText(itemText(row)); // also when it was the current one already
    emit activated(row);
    return true;
}

void PersonSwitcher::restoreText()
{
    m_matches->setQuery({});
    if (lineEdit()->text() != itemText(currentIndex()))
        lineEdit()->setText(itemText(currentIndex()));
}

} // namespace carnet
