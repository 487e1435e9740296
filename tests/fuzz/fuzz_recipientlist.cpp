// What people paste or import as recipients (RecipientList::parse: lists,
// CSV with a header, NAME@host[:port], @group), with groups from an address
// book, then checked against the winpopup transport's limits.
//
// Input: the text as `netmsg send --to @file` reads it (UTF-8); after the
// first NUL byte, the address book's groups, one a line: the name, then its
// members, tab-separated.

#include "fuzzsupport.h"

#include "recipientlist.h"
#include "validation.h"

#include <QHash>

using namespace netmsg;
using namespace netmsg::fuzz;

namespace {

QHash<QString, QStringList> readGroups(const QByteArray &text)
{
    QHash<QString, QStringList> groups;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        QStringList fields = line.split(QLatin1Char('\t'));
        const QString name = fields.takeFirst().trimmed();
        if (!name.isEmpty())
            groups.insert(name.toUpper(), fields);
    }
    return groups;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QHash<QString, QStringList> groups =
        readGroups(split < 0 ? QByteArray() : input.mid(split + 1));
    const auto lookup = [&groups](const QString &group) -> std::optional<QStringList> {
        const auto it = groups.constFind(group.toUpper());
        if (it == groups.constEnd())
            return std::nullopt;
        return *it;
    };

    const QByteArray text = split < 0 ? input : input.left(split);
    RecipientList list = RecipientList::parse(QString::fromUtf8(text), lookup);
    const QList<Recipient> &recipients = list.recipients();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const Recipient &recipient = recipients.at(i);
        FUZZ_CHECK(Validation::checkName(recipient.name, NameKind::Recipient).isSuccess());
        // Spelled as it reads: else one target could be two recipients.
        FUZZ_CHECK(recipient.host == recipient.host.trimmed());
        for (qsizetype j = 0; j < i; ++j)
            FUZZ_CHECK(!(recipients.at(j) == recipient));
        // The address a recipient is shown and stored with reads back as it.
        if (verbose())
            qInfo() << "recipient" << recipient.address();
        const RecipientList again = RecipientList::parse(recipient.address());
        FUZZ_CHECK(again.rejected().isEmpty());
        FUZZ_CHECK(again.recipients().size() == 1 && again.recipients().first() == recipient);
    }
    for (const RejectedEntry &rejected : list.rejected())
        FUZZ_CHECK(!rejected.reason.isSuccess());

    TransportLimits limits;
    limits.maxNameBytes = 15;
    limits.wireEncoding = QStringLiteral("CP850");
    list.validate(limits, Capabilities());
    for (const Recipient &recipient : list.recipients())
        FUZZ_CHECK(Validation::checkName(recipient.name, NameKind::Recipient, limits).isSuccess());
    return 0;
}
