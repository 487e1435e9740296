#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace netmsg::gui {

// One step that brings a model's rows to a fresh read: remove a row, insert
// the fresh row `row` at `row`, or tell that the row at `row` changed.
struct RowEdit
{
    enum Kind { Remove, Insert, Change };
    Kind kind;
    int row;
};

// The steps from `rows` to `fresh`, both in the same order and each key
// unique, applied in turn: removals first (from the last), then insertions
// and changes from the top. Nullopt when the rows that stay are not in the
// fresh order (the model then resets): a view keeps its selection and its
// open editor through a re-read that changed one row.
template <typename Row, typename KeyOf, typename Same>
std::optional<QList<RowEdit>> rowEdits(const QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf,
                                       Same same)
{
    QSet<QString> freshKeys;
    for (const Row &row : fresh)
        freshKeys.insert(keyOf(row));
    if (freshKeys.size() != fresh.size())
        return std::nullopt;
    QList<RowEdit> edits;
    QList<Row> kept;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!freshKeys.contains(keyOf(rows.at(i))))
            edits.append({RowEdit::Remove, i});
        else
            kept.prepend(rows.at(i));
    }
    int next = 0;
    for (int i = 0; i < fresh.size(); ++i) {
        if (next < kept.size() && keyOf(kept.at(next)) == keyOf(fresh.at(i))) {
            if (!same(kept.at(next), fresh.at(i)))
                edits.append({RowEdit::Change, i});
            ++next;
        } else {
            edits.append({RowEdit::Insert, i});
        }
    }
    if (next != kept.size())
        return std::nullopt;
    return edits;
}

} // namespace netmsg::gui
