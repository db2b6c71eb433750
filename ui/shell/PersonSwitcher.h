#pragma once

#include "read/PersonChoices.h"

#include <QComboBox>
#include <QList>

class QCompleter;

namespace carnet {

class PersonMatchProxyModel;

// The person always in sight (the main toolbar): a list that is also a search. Typing any
// part of any name ("dubois", "helene", "bru rob") lists the persons who match, by the core's
// rule (rules/TextMatch.h); Return takes the highlighted one, else the first. The persons
// come as the read side lists them (ReadSide::personChoices): those with something due first,
// with their count, the birth year where names repeat.
//
// It is a QComboBox (objectName "personSwitcher"): the arrows still step through the persons
// and activated(int) tells the one chosen, by the list, the search or the keyboard.
class PersonSwitcher final : public QComboBox
{
    Q_OBJECT

public:
    explicit PersonSwitcher(QWidget* parent = nullptr);

    // Lists `choices`; none: shows `placeholder`, disabled.
    void setChoices(const QList<PersonChoice>& choices, const QString& placeholder);
    // Takes the keyboard and selects the name, ready to type another (F6).
    void startSearch();
    // The search's popup (for tests): the persons who match what was typed.
    QCompleter* search() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    // Takes the first person who matches what was typed; false when nobody does.
    bool chooseFirstMatch();
    // Shows the current person's label again (after a search left or abandoned).
    void restoreText();

    PersonMatchProxyModel* m_matches = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace carnet
