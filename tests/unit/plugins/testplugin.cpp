// A transport plugin built three ways for the registry tests. The broken
// variants would abort the process if any of their code ran: the registry must
// refuse them from metadata alone.
#include "imessagetransport.h"
#include "itransportfactory.h"

#include <cstdlib>
#include <QObject>

namespace {

class TestTransport : public netmsg::IMessageTransport
{
    Q_OBJECT
public:
    using IMessageTransport::IMessageTransport;
    QString id() const override { return QStringLiteral("testgood"); }
    QString displayName() const override { return QStringLiteral("Test"); }
    netmsg::Capabilities capabilities() const override { return netmsg::Capability::Send; }
    netmsg::TransportLimits limits() const override { return {}; }
    netmsg::Outcome availability() const override
    {
        return netmsg::Outcome(netmsg::Code::NotSupported,
                               QStringLiteral("test transport never available"));
    }
    QFuture<netmsg::Outcome> send(const netmsg::Message &) override
    {
        return ready(netmsg::Outcome(netmsg::Code::NotSupported));
    }
};

#if defined(TEST_PLUGIN_VARIANT_bad_iid)
#define TEST_IID "org.example.SomethingElse/1"
#define TEST_JSON "bad_iid.json"
#elif defined(TEST_PLUGIN_VARIANT_bad_api)
#define TEST_IID NETMSG_TRANSPORT_FACTORY_IID
#define TEST_JSON "bad_api.json"
#else
#define TEST_IID NETMSG_TRANSPORT_FACTORY_IID
#define TEST_JSON "good.json"
#endif

class TestPlugin : public QObject, public netmsg::ITransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TEST_IID FILE TEST_JSON)
    Q_INTERFACES(netmsg::ITransportFactory)
public:
    TestPlugin()
    {
#if !defined(TEST_PLUGIN_VARIANT_good)
        std::abort(); // the registry loaded a plugin it should have refused
#endif
    }
    netmsg::IMessageTransport *create(const netmsg::TransportContext &, QObject *parent) override
    {
        return new TestTransport(parent);
    }
};

} // namespace

#include "testplugin.moc"
