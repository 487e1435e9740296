#pragma once

#include "historystore.h"
#include "widgets/whenfinished.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <algorithm>
#include <limits>

namespace netmsg::gui {

// What every paged history table tells its view beyond the rows: whether a
// read is under way and what the last one said. The template below does the
// paging; this part carries the signals (a template cannot).
class PagedHistoryModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PagedHistoryModelBase(HistoryStore *store, QObject *parent = nullptr);

    HistoryStore *store() const { return m_store; }
    // Success, or why the last read failed: a broken file is never shown as
    // an empty one.
    const Outcome &status() const { return m_status; }
    bool isLoading() const { return m_fetching || m_refreshing; }
    // The first page has come (or failed).
    bool hasLoaded() const { return m_loaded; }
    // Every row the store holds for this view has been read.
    bool isAtEnd() const { return m_atEnd; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    bool canFetchMore(const QModelIndex &parent = {}) const override;

    // A text's first line that has something on it, for a one-line cell.
    static QString firstLine(const QString &text);
    // How wide a column of local times (QLocale::ShortFormat) must be in
    // `font`, measured on samples, never on the rows (there may be a million).
    static int timeColumnWidth(const QFont &font);

Q_SIGNALS:
    // A read ended (a page, a refresh, a failure): status() and the rows say how.
    void loaded();

protected:
    void setStatus(const Outcome &status);
    // The outcome shown when the console has no history to read.
    static Outcome noHistory();

    QPointer<HistoryStore> m_store;
    Outcome m_status;
    int m_pageSize = 200;
    int m_generation = 0; // a reload makes every read still under way stale
    int m_editEpoch = 0;  // counts the local edits ended (see beginLocalEdit)
    bool m_fetching = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_loaded = false;
    bool m_atEnd = false;
};

// A table over one of the history's newest-first reads, paged through
// canFetchMore/fetchMore (a history of 1,000,000 rows opens with its first
// page) and live: refresh() reads the newest page again and merges it, new
// rows inserted at the top in one beginInsertRows, known rows updated in
// place, so that a view keeps its selection. Rows are ordered by id,
// descending, as every such read of HistoryStore is; merging relies on it.
//
// Paging is by offset: a page read while newer rows arrived overlaps the rows
// held, and the overlap is dropped by id, so no row is shown twice or missed.
template <typename Row> class PagedHistoryModel : public PagedHistoryModelBase
{
public:
    using Read = HistoryRead<QList<Row>>;
    using PagedHistoryModelBase::PagedHistoryModelBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void fetchMore(const QModelIndex &parent = {}) override
    {
        if (!canFetchMore(parent))
            return;
        m_fetching = true;
        const int generation = m_generation;
        const int epoch = m_editEpoch;
        whenFinished(this, readPage(int(m_rows.size()), m_pageSize),
                     [this, generation, epoch](const Read &read) {
                         if (generation != m_generation)
                             return;
                         m_fetching = false;
                         if (read.outcome.isSuccess()) {
                             m_atEnd = read.rows.size() < m_pageSize;
                             merge(read.rows, true, epoch);
                         }
                         setStatus(read.outcome);
                     });
    }

    // Drops every row and reads the first page (after a new filter).
    void reload()
    {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        m_localEdits.clear();
        m_editsUnderWay.clear();
        m_fetching = m_refreshing = m_refreshAgain = false;
        m_loaded = false;
        m_atEnd = false;
        endResetModel();
        if (!m_store || !isActive()) {
            m_atEnd = true;
            m_loaded = true;
            setStatus(m_store ? Outcome::success() : noHistory());
            return;
        }
        m_fetching = true;
        const int generation = m_generation;
        const int epoch = m_editEpoch;
        whenFinished(this, readPage(0, m_pageSize), [this, generation, epoch](const Read &read) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            m_loaded = true;
            m_atEnd = !read.outcome.isSuccess() || read.rows.size() < m_pageSize;
            if (read.outcome.isSuccess())
                merge(read.rows, true, epoch);
            setStatus(read.outcome);
            // A change announced while the first page was read may be newer.
            if (std::exchange(m_refreshAgain, false))
                refresh();
        });
    }

    // Reads the newest rows again and merges them (after HistoryStore::changed).
    void refresh()
    {
        if (!m_store || !isActive())
            return;
        if (m_refreshing || !m_loaded) {
            m_refreshAgain = true;
            return;
        }
        m_refreshing = true;
        readNewest(0, {}, m_editEpoch);
    }

    const Row &at(int row) const { return m_rows.at(row); }
    // The row holding `id`, or -1.
    int rowOf(qint64 id) const
    {
        const auto found =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                             [this](const Row &row, qint64 wanted) { return idOf(row) > wanted; });
        return found != m_rows.cend() && idOf(*found) == id ? int(found - m_rows.cbegin()) : -1;
    }

protected:
    virtual QFuture<Read> readPage(int offset, int limit) const = 0;
    virtual qint64 idOf(const Row &row) const = 0;
    // False: nothing to read (a pane with nothing selected); reload() empties it.
    virtual bool isActive() const { return true; }

    // A row changed here (e.g. marked read) before the store says so.
    void replaceRow(int row, const Row &value)
    {
        m_rows[row] = value;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    // A change made here and written to the store: from beginLocalEdit until
    // endLocalEdit (the write has ended) no read of the store replaces the
    // row, and after it only a read begun after the write ended does. A read
    // already under way (the reader and the writer are different threads)
    // would otherwise bring the old row back for a moment.
    // Edits of one row may overlap (read, then unread at once): the row is
    // protected until the last of them has ended.
    void beginLocalEdit(int row, const Row &value)
    {
        const qint64 id = idOf(value);
        ++m_editsUnderWay[id];
        m_localEdits.insert(id, std::numeric_limits<int>::max());
        replaceRow(row, value);
    }
    void endLocalEdit(qint64 id)
    {
        if (--m_editsUnderWay[id] > 0)
            return;
        m_editsUnderWay.remove(id);
        m_localEdits.insert(id, ++m_editEpoch);
    }

    QList<Row> m_rows;
    QHash<qint64, int> m_localEdits;    // row id -> the epoch its edit ended in
    QHash<qint64, int> m_editsUnderWay; // row id -> edits not yet ended

private:
    // Pages from the newest on until one reaches a row already held (more
    // than a page may have arrived since the last look), then one merge.
    void readNewest(int offset, QList<Row> newer, int epoch)
    {
        const int generation = m_generation;
        whenFinished(this, readPage(offset, m_pageSize),
                     [this, generation, offset, newer, epoch](const Read &read) mutable {
                         if (generation != m_generation)
                             return;
                         if (!read.outcome.isSuccess()) {
                             finishRefresh(read.outcome);
                             return;
                         }
                         newer += read.rows;
                         const bool reachedHeld =
                             m_rows.isEmpty() || read.rows.isEmpty() ||
                             idOf(read.rows.constLast()) <= idOf(m_rows.constFirst());
                         if (!reachedHeld && read.rows.size() == m_pageSize) {
                             readNewest(offset + m_pageSize, std::move(newer), epoch);
                             return;
                         }
                         if (m_rows.isEmpty())
                             m_atEnd = read.rows.size() < m_pageSize;
                         merge(newer, false, epoch);
                         finishRefresh(read.outcome);
                     });
    }

    void finishRefresh(const Outcome &outcome)
    {
        m_refreshing = false;
        setStatus(outcome);
        if (std::exchange(m_refreshAgain, false))
            refresh();
    }

    // Rows newer than the first held go on top, older than the last held at
    // the bottom (from fetchMore only: a refresh's tail is fetchMore's to
    // read), the rest replace the rows with their ids unless the row was
    // changed here after the read began (`epoch`, see beginLocalEdit).
    void merge(const QList<Row> &incoming, bool appendOlder, int epoch)
    {
        const bool empty = m_rows.isEmpty();
        const qint64 newest = empty ? std::numeric_limits<qint64>::min() : idOf(m_rows.first());
        const qint64 oldest = empty ? std::numeric_limits<qint64>::max() : idOf(m_rows.last());
        QList<Row> top;
        QList<Row> bottom;
        int changedFirst = -1;
        int changedLast = -1;
        for (const Row &row : incoming) {
            const qint64 id = idOf(row);
            if (empty) {
                (appendOlder ? bottom : top).append(row);
            } else if (id > newest) {
                top.append(row);
            } else if (id < oldest) {
                if (appendOlder)
                    bottom.append(row);
            } else if (const int held = rowOf(id);
                       held >= 0 &&
                       m_localEdits.value(id, std::numeric_limits<int>::min()) <= epoch) {
                m_rows[held] = row;
                changedFirst = changedFirst < 0 ? held : qMin(changedFirst, held);
                changedLast = qMax(changedLast, held);
            }
        }
        if (changedFirst >= 0)
            emit dataChanged(index(changedFirst, 0), index(changedLast, columnCount() - 1));
        if (!top.isEmpty()) {
            beginInsertRows({}, 0, int(top.size()) - 1);
            m_rows = top + m_rows;
            endInsertRows();
        }
        if (!bottom.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(bottom.size()) - 1);
            m_rows += bottom;
            endInsertRows();
        }
    }
};

} // namespace netmsg::gui
