#pragma once

#include <QString>
#include <QStringList>

namespace carnet {

// Matching what a user types against names and sentences the way a person reads them: case
// and accents ignored ("helene" finds "Hélène", "oeil" finds "Œil"), every word typed found
// somewhere, in any order. Pure functions, for the lists that filter as one types (the
// caseload page, the persons).
namespace TextMatch {

// `text` lower-cased, its accents dropped (NFD, combining marks removed) and the ligatures
// written out (œ → oe, æ → ae, ß → ss): the form both sides are compared in.
QString fold(const QString& text);

// Whether every word of `query` (split on white space) is part of `text`, both folded. An
// empty query (or one of white space) matches everything.
bool contains(const QString& text, const QString& query);

// The words of `query`, folded: for a list that folds its rows once (fold()) and checks each
// with containsWords().
QStringList words(const QString& query);
// Whether every one of `foldedWords` (words()) is part of `foldedText` (fold()).
bool containsWords(const QString& foldedText, const QStringList& foldedWords);

} // namespace TextMatch
} // namespace carnet
