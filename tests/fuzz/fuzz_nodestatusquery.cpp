// The node status answer (RFC 1002 §4.2.18) as NodeStatusQuery reads a
// datagram from the host it asked, and the messenger aliases it takes from it.
//
// Input: one UDP datagram, as it arrives. Its own transaction id is the one
// asked for (so the parser gets past the first check); the same datagram
// must answer no other id.

#include "fuzzsupport.h"

#include "netbiossession.h"
#include "nodestatusquery.h"
#include "textcodec.h"

#include <QtEndian>

using namespace netmsg;
using namespace netmsg::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    static const TextCodec codec(QStringLiteral("CP850"));
    const QByteArray datagram(reinterpret_cast<const char *>(data), qsizetype(size));
    const quint16 asked = size >= 2 ? qFromBigEndian<quint16>(data) : 0;

    FUZZ_CHECK(!NodeStatusQuery::parseResponse(datagram, quint16(asked + 1)));
    const auto names = NodeStatusQuery::parseResponse(datagram, asked);
    if (!names)
        return 0;
    FUZZ_CHECK(names->size() <= 255);
    for (const NetbiosNameEntry &entry : *names) {
        FUZZ_CHECK(entry.name.size() <= NetbiosSession::NameBytes);
        FUZZ_CHECK(!entry.name.endsWith(' ') && !entry.name.endsWith('\0'));
    }
    QStringList aliases = NodeStatusQuery::messengerAliases(*names, codec);
    FUZZ_CHECK(aliases.size() <= names->size());
    FUZZ_CHECK(aliases.removeDuplicates() == 0);
    return 0;
}
