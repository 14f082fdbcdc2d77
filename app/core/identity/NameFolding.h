#pragma once

#include <QString>
#include <QStringList>

namespace cordon::core
{

// Names compare across the ways people and systems write them: "Müller", "Mueller" and "Muller" are one
// name; "JorenMaes", "joren.maes" and "Joren Maes" are the same two words.
namespace NameFolding
{

// Lower case, German transliteration folded (ü→ue, ö→oe, ä→ae, ß→ss), other diacritics dropped
// ("Noël" → "noel", "Åsa" → "asa", "Søren" → "soren"), anything but letters and digits removed.
QString fold(const QString& text);
// fold() with the umlaut also equal to its bare vowel: "Müller", "Mueller" and "Muller" all give "muller".
// Looser than fold(): an "e" after a, o or u is dropped wherever it stands, so "Michael" and "Michal" are
// equal here too. A match on it alone is a suggestion, never proof.
QString looseFold(const QString& text);
// Whether two names are written alike but for case and separators, diacritics kept: "Jürgen" and "JÜRGEN".
bool equalAsWritten(const QString& a, const QString& b);
// The spellings Okta may store for a name, the name as written first: "Mueller" → {"Mueller", "Müller",
// "Muller"}, "Höß" → {"Höß", "Hoess", "Hoss", …}, "Noël" → {"Noël", "Noel"}. Okta's search treats
// diacritics as significant, so each is searched for. A bare vowel is never guessed to be an umlaut.
QStringList spellings(const QString& name);
// The ASCII ways a login's local part may be written: "boerge.hoess" → {"boerge.hoess", "borge.hoss"},
// "jörg" → {"jörg", "joerg", "jorg"}. Lower case, the text as written first.
QStringList loginSpellings(const QString& local);
// Splits "joren.maes", "joren_maes", "Joren Maes", "JorenMaes" into words; digits stay with their word, and
// apostrophes and hyphens inside a name with theirs: "SeánO'Brien" → {"Seán", "O'Brien"}.
QStringList words(const QString& text);
// Capitalised as a name: "joren" → "Joren", "o'brien" → "O'Brien", "jean-luc" → "Jean-Luc".
QString capitalised(const QString& word);

} // namespace NameFolding

} // namespace cordon::core
