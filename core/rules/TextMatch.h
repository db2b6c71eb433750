#pragma once

#include <QString>
#include <QStringList>

namespace carnet {

// Finding a person (or anything named) by what the user types, the same way in every face.
//
// The rule: a text matches a query when every word of the query is found inside the text,
// anywhere (any part of any word: "bois" finds "Claire Dubois"), in any order, case and
// accents ignored ("helene" finds "Hélène", "bru rob" finds "Bruno Robert"). Apostrophes
// are dropped ("obrien" finds "O'Brien"); any other character that is not a letter or a
// digit separates words ("jean pierre" finds "Jean-Pierre"). An empty query matches
// everything.
namespace TextMatch {

// `text` as the match compares it: lower case (case-folded), accents and other marks
// removed, œ æ ß ø ł đ opened (oe, ae, ss, o, l, d), apostrophes dropped, every other run of
// characters that are not letters or digits one space, trimmed.
QString fold(const QString& text);

// The folded words of a query; none for an empty (or blank) query.
QStringList words(const QString& query);

// Whether a text already folded (fold()) holds every one of the folded `words`.
bool matchesFolded(const QString& foldedText, const QStringList& words);

// Whether `text` matches `query` (the rule above).
bool matches(const QString& text, const QString& query);

} // namespace TextMatch
} // namespace carnet
