#pragma once

#include "historystore.h"

#include <QList>
#include <QString>

#include <memory>

class QSaveFile;

namespace netmsg::gui {

// One sent message and the deliveries of it that an export writes, oldest first.
struct ExportedMessage
{
    MessageSummary summary;
    QList<DeliveryRecord> deliveries;
};

// The file an export writes, in CSV (a row per delivery, its message's
// columns repeated) or JSON (an array of messages, each with its deliveries,
// shaped as `netmsg history --json` prints them). It is written batch by
// batch on one worker thread and appears, whole, only at commit()
// (QSaveFile): a cancelled or failed export leaves no half file behind.
// Not thread-safe: one thread at a time, in order.
class HistoryExportFile
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::gui::HistoryExportFile)
public:
    enum class Format { Csv, Json };

    HistoryExportFile(const QString &fileName, Format format);
    ~HistoryExportFile();
    HistoryExportFile(const HistoryExportFile &) = delete;
    HistoryExportFile &operator=(const HistoryExportFile &) = delete;

    // .json is JSON; anything else CSV.
    static Format formatFor(const QString &fileName);

    // Opens the file with the first batch.
    Outcome write(const QList<ExportedMessage> &batch);
    Outcome commit();
    // Drops what was written; the target file stays as it was.
    void discard();

    static QByteArray csvHeader();
    static QByteArray csvRows(const ExportedMessage &message);
    static QByteArray jsonMessage(const ExportedMessage &message);

private:
    Outcome open();
    Outcome failure(const QString &what) const;

    const QString m_fileName;
    const Format m_format;
    std::unique_ptr<QSaveFile> m_file;
    bool m_anyMessage = false;
};

} // namespace netmsg::gui
