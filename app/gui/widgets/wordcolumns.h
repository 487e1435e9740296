#pragma once

class QTableView;

namespace netmsg::gui {

// Column widths for short words whose length depends on the language
// ("Fehlgeschlagen"), measured on the words, never on the rows (a table may
// hold a page of a million): wide enough for the header of `column` and at
// least `minimumCharacters` average characters.
void fitHeaderWord(QTableView *view, int column, int minimumCharacters);
// The same for a column of delivery states: its header and every state's name.
void fitStateColumn(QTableView *view, int column);

} // namespace netmsg::gui
