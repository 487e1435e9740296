// A transport plugin built three ways for the registry tests. The broken
// variants would abort the process if any of their code ran: the registry must
// refuse them from metadata alone.
#include "imessagetransport.h"
#include "itransportfactory.h"

#include <cstdlib>
#include <QObject>
#include <QPromise>

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
    QFuture<netmsg::SendResult> send(const netmsg::Message &) override
    {
        return refused(netmsg::Outcome(netmsg::Code::NotSupported));
    }
};

// A careless transport: available, but its alias operations drop their
// promise unfinished, so each future ends cancelled without a result.
class AbandoningTransport : public TestTransport
{
    Q_OBJECT
public:
    using TestTransport::TestTransport;
    QString id() const override { return QStringLiteral("testnoresult"); }
    netmsg::Capabilities capabilities() const override
    {
        return netmsg::Capability::Send | netmsg::Capability::ListAliases |
               netmsg::Capability::AddAlias | netmsg::Capability::DeleteAlias;
    }
    netmsg::Outcome availability() const override { return netmsg::Outcome::success(); }
    QFuture<netmsg::AliasListing> listAliases(const QString &) override
    {
        return abandoned<netmsg::AliasListing>();
    }
    QFuture<netmsg::Outcome> addAlias(const QString &, const QString &) override
    {
        return abandoned<netmsg::Outcome>();
    }
    QFuture<netmsg::Outcome> deleteAlias(const QString &, const QString &) override
    {
        return abandoned<netmsg::Outcome>();
    }

private:
    template <typename T> static QFuture<T> abandoned()
    {
        QPromise<T> promise;
        promise.start();
        return promise.future();
    }
};

#if defined(TEST_PLUGIN_VARIANT_bad_iid)
#define TEST_IID "org.example.SomethingElse/1"
#define TEST_JSON "bad_iid.json"
#elif defined(TEST_PLUGIN_VARIANT_bad_api)
#define TEST_IID NETMSG_TRANSPORT_FACTORY_IID
#define TEST_JSON "bad_api.json"
#elif defined(TEST_PLUGIN_VARIANT_noresult)
#define TEST_IID NETMSG_TRANSPORT_FACTORY_IID
#define TEST_JSON "noresult.json"
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
#if !defined(TEST_PLUGIN_VARIANT_good) && !defined(TEST_PLUGIN_VARIANT_noresult)
        std::abort(); // the registry loaded a plugin it should have refused
#endif
    }
    netmsg::IMessageTransport *create(const netmsg::TransportContext &, QObject *parent) override
    {
#if defined(TEST_PLUGIN_VARIANT_noresult)
        return new AbandoningTransport(parent);
#else
        return new TestTransport(parent);
#endif
    }
};

} // namespace

#include "testplugin.moc"
