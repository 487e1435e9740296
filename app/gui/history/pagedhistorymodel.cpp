#include "pagedhistorymodel.h"

#include <QFontMetrics>
#include <QLocale>

namespace netmsg::gui {

PagedHistoryModelBase::PagedHistoryModelBase(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

bool PagedHistoryModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_loaded && !m_atEnd && !m_fetching &&
           m_status.isSuccess();
}

QString PagedHistoryModelBase::firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

int PagedHistoryModelBase::timeColumnWidth(const QFont &font)
{
    const QFontMetrics metrics(font);
    const QLocale locale;
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        const QDateTime sample(QDate(2024, month, 28), QTime(23, 59, 59));
        widest =
            qMax(widest, metrics.horizontalAdvance(locale.toString(sample, QLocale::ShortFormat)));
    }
    return widest + metrics.averageCharWidth() * 2;
}

void PagedHistoryModelBase::setStatus(const Outcome &status)
{
    m_status = status;
    emit loaded();
}

Outcome PagedHistoryModelBase::noHistory()
{
    return Outcome(Code::InvalidFunction, tr("the console has no history to read"));
}

} // namespace netmsg::gui
