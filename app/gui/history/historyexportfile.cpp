#include "historyexportfile.h"

#include "delivery/deliverymodel.h"
#include "historyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace netmsg::gui {

namespace {
QByteArray csvField(const QString &value)
{
    QString field = value;
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

HistoryExportFile::HistoryExportFile(const QString &fileName, Format format)
    : m_fileName(fileName)
    , m_format(format)
{}

HistoryExportFile::~HistoryExportFile() = default;

HistoryExportFile::Format HistoryExportFile::formatFor(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json
                                                                          : Format::Csv;
}

Outcome HistoryExportFile::failure(const QString &what) const
{
    return Outcome(
        Code::AccessDenied,
        tr("%1 %2: %3").arg(what, m_fileName, m_file ? m_file->errorString() : QString()));
}

Outcome HistoryExportFile::open()
{
    m_file = std::make_unique<QSaveFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly))
        return failure(tr("cannot write"));
    const QByteArray start = m_format == Format::Csv ? csvHeader() : QByteArray("[\n");
    return m_file->write(start) == start.size() ? Outcome::success() : failure(tr("cannot write"));
}

Outcome HistoryExportFile::write(const QList<ExportedMessage> &batch)
{
    if (!m_file) {
        const Outcome opened = open();
        if (!opened.isSuccess())
            return opened;
    }
    QByteArray data;
    for (const ExportedMessage &message : batch) {
        if (m_format == Format::Csv) {
            data += csvRows(message);
            continue;
        }
        if (std::exchange(m_anyMessage, true))
            data += ",\n";
        data += jsonMessage(message);
    }
    return m_file->write(data) == data.size() ? Outcome::success() : failure(tr("cannot write"));
}

Outcome HistoryExportFile::commit()
{
    if (!m_file) {
        const Outcome opened = open(); // nothing matched: an empty table is still a file
        if (!opened.isSuccess())
            return opened;
    }
    if (m_format == Format::Json) {
        const QByteArray end = m_anyMessage ? QByteArray("\n]\n") : QByteArray("]\n");
        if (m_file->write(end) != end.size())
            return failure(tr("cannot write"));
    }
    const bool committed = m_file->commit();
    const Outcome outcome = committed ? Outcome::success() : failure(tr("cannot save"));
    m_file.reset();
    return outcome;
}

void HistoryExportFile::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

QByteArray HistoryExportFile::csvHeader()
{
    return "messageId,sentAt,sender,text,recipient,state,code,symbol,description,detail,"
           "transport,route,attempts,parts,partsSent,elapsedMs,finishedAt\n";
}

QByteArray HistoryExportFile::csvRows(const ExportedMessage &exported)
{
    const SentMessageRecord &message = exported.summary.message;
    QByteArray messageColumns = QByteArray::number(message.id) + ',' +
                                csvField(timestamp(message.createdAt)) + ',' +
                                csvField(message.sender) + ',' + csvField(message.text) + ',';
    QByteArray rows;
    for (const DeliveryRecord &delivery : exported.deliveries) {
        const Outcome outcome(delivery.code, delivery.detail);
        rows += messageColumns;
        const QStringList fields{delivery.recipient,
                                 DeliveryStates::name(delivery.state),
                                 QString::number(delivery.code),
                                 outcome.symbol(),
                                 outcome.description(),
                                 delivery.detail,
                                 delivery.transport,
                                 DeliveryModel::routeText(delivery.route),
                                 QString::number(delivery.attempts),
                                 QString::number(delivery.parts),
                                 QString::number(delivery.partsSent),
                                 QString::number(delivery.elapsedMs),
                                 timestamp(delivery.finishedAt)};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                rows += ',';
            rows += csvField(fields.at(i));
        }
        rows += '\n';
    }
    return rows;
}

QByteArray HistoryExportFile::jsonMessage(const ExportedMessage &exported)
{
    return QJsonDocument(HistoryJson::message(exported.summary, exported.deliveries))
        .toJson(QJsonDocument::Compact);
}

} // namespace netmsg::gui
