#include "recipientlist.h"

#include <QtTest>

using namespace netmsg;

class tst_RecipientList : public QObject
{
    Q_OBJECT
private slots:
    void separators();
    void hostsAndPorts();
    void badEntriesAreRejectedWithReasonAndLine();
    void duplicatesCollapse();
    void csvWithHeader();
    void listThatMentionsAColumnNameIsStillAList();
    void groups();
    void nestedGroupCycleStops();
    void groupCyclesAreReportedOnceAndExpandedOnce();
    void validateAgainstTransport();
};

static QStringList addresses(const RecipientList &list)
{
    QStringList result;
    for (const Recipient &recipient : list.recipients())
        result.append(recipient.address());
    return result;
}

void tst_RecipientList::separators()
{
    const RecipientList list =
        RecipientList::parse(QStringLiteral("OPS, HELPDESK;PC1\r\nPC2\n\n  PC3  "));
    QCOMPARE(addresses(list), (QStringList{"OPS", "HELPDESK", "PC1", "PC2", "PC3"}));
    QVERIFY(list.rejected().isEmpty());
}

void tst_RecipientList::hostsAndPorts()
{
    const RecipientList list = RecipientList::parse(
        QStringLiteral("OPS@127.0.0.1:1139\nFRED@host.example\nBOB@[::1]:139\nEVE@::1"));
    QVERIFY(list.rejected().isEmpty());
    QCOMPARE(list.recipients().size(), 4);
    const Recipient &ops = list.recipients().at(0);
    QCOMPARE(ops.name, QStringLiteral("OPS"));
    QCOMPARE(ops.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(ops.port, quint16(1139));
    QCOMPARE(list.recipients().at(1).port, quint16(0));
    QCOMPARE(list.recipients().at(2).host, QStringLiteral("::1"));
    QCOMPARE(list.recipients().at(2).port, quint16(139));
    QCOMPARE(list.recipients().at(2).address(), QStringLiteral("BOB@[::1]:139"));
    QCOMPARE(list.recipients().at(3).host, QStringLiteral("::1"));
}

void tst_RecipientList::badEntriesAreRejectedWithReasonAndLine()
{
    const RecipientList list = RecipientList::parse(QStringLiteral(
        "OPS\nOP?S\nFRED@host:99999\nBOB@bad_host!\nTOOLONGNAMEFORNETBIOS\n@nogroup"));
    QCOMPARE(addresses(list), QStringList{"OPS"});
    QCOMPARE(list.rejected().size(), 5);
    QCOMPARE(list.rejected().at(0).line, 2);
    QCOMPARE(list.rejected().at(0).reason.code(), quint32(Code::InvalidName));
    QVERIFY(list.rejected().at(0).reason.detail().contains(QLatin1String("'?'")));
    QCOMPARE(list.rejected().at(1).line, 3);
    QVERIFY(list.rejected().at(1).reason.detail().contains(QLatin1String("99999")));
    QCOMPARE(list.rejected().at(2).reason.code(), quint32(Code::BadNetPath));
    QCOMPARE(list.rejected().at(3).reason.code(), quint32(Code::InvalidName));
    QCOMPARE(list.rejected().at(4).line, 6);
    QCOMPARE(list.rejected().at(4).reason.code(), quint32(Code::NerrNameNotFound));
}

void tst_RecipientList::duplicatesCollapse()
{
    const RecipientList list =
        RecipientList::parse(QStringLiteral("ops,OPS,Ops@host,OPS@HOST,OPS@host:1"));
    QCOMPARE(addresses(list), (QStringList{"ops", "Ops@host", "OPS@host:1"}));
    QCOMPARE(list.duplicates(), 2);
}

void tst_RecipientList::csvWithHeader()
{
    const RecipientList list = RecipientList::parse(
        QStringLiteral("Name,Host,Port,Note\nOPS,127.0.0.1,1139,\"night shift, east\"\n"
                       "\"HELP DESK\",,,\n,10.0.0.1,,missing name\n"));
    QCOMPARE(addresses(list), (QStringList{"OPS@127.0.0.1:1139", "HELP DESK"}));
    QCOMPARE(list.rejected().size(), 1);
    QCOMPARE(list.rejected().first().line, 4);
}

void tst_RecipientList::listThatMentionsAColumnNameIsStillAList()
{
    QCOMPARE(addresses(RecipientList::parse(QStringLiteral("BOB,ALIAS"))),
             (QStringList{"BOB", "ALIAS"}));
    QCOMPARE(addresses(RecipientList::parse(QStringLiteral("OPS;NAME;HQ\nPC1"))),
             (QStringList{"OPS", "NAME", "HQ", "PC1"}));
    // A header with unknown columns is still a header when the rows match it.
    QCOMPARE(addresses(
                 RecipientList::parse(QStringLiteral("Name,Email,Department\nOPS,ops@example,IT"))),
             QStringList{"OPS"});
}

void tst_RecipientList::groups()
{
    const auto lookup = [](const QString &name) -> std::optional<QStringList> {
        if (name.compare(QLatin1String("admins"), Qt::CaseInsensitive) == 0)
            return QStringList{"ALICE", "BOB@10.1.1.1", "@night"};
        if (name == QLatin1String("night"))
            return QStringList{"CAROL", "ALICE"};
        return std::nullopt;
    };
    const RecipientList list = RecipientList::parse(QStringLiteral("@Admins, DAVE"), lookup);
    QCOMPARE(addresses(list), (QStringList{"ALICE", "BOB@10.1.1.1", "CAROL", "DAVE"}));
    QCOMPARE(list.duplicates(), 1);
    QCOMPARE(list.recipients().at(0).group, QStringLiteral("Admins"));
    QCOMPARE(list.recipients().at(2).group, QStringLiteral("night"));
}

void tst_RecipientList::nestedGroupCycleStops()
{
    const auto lookup = [](const QString &name) -> std::optional<QStringList> {
        return QStringList{QStringLiteral("@") + name, QStringLiteral("X")};
    };
    const RecipientList list = RecipientList::parse(QStringLiteral("@loop"), lookup);
    QCOMPARE(addresses(list), QStringList{"X"});
    QCOMPARE(list.rejected().size(), 1);
    QVERIFY(list.rejected().first().reason.detail().contains(QLatin1String("cycle")));
}

// A group that names itself several times, or groups that name each other,
// must not be expanded again and again down to the depth limit: that made one
// rejection per path (3^8 of them for three self-references) and, with a few
// more mentions, hung the parse.
void tst_RecipientList::groupCyclesAreReportedOnceAndExpandedOnce()
{
    int lookups = 0;
    const auto lookup = [&lookups](const QString &name) -> std::optional<QStringList> {
        ++lookups;
        if (name == QLatin1String("loop"))
            return QStringList{"@loop", "@loop", "@other", "@loop", "X"};
        if (name == QLatin1String("other"))
            return QStringList{"@loop", "Y", "@LOOP"};
        return std::nullopt;
    };
    const RecipientList list = RecipientList::parse(QStringLiteral("@loop, @other, Z"), lookup);
    QCOMPARE(addresses(list), (QStringList{"Y", "X", "Z"}));
    QCOMPARE(list.rejected().size(), 1);
    QVERIFY(list.rejected().first().reason.detail().contains(QLatin1String("cycle")));
    QCOMPARE(lookups, 2);
    QCOMPARE(list.recipients().at(0).group, QStringLiteral("other"));
    QCOMPARE(list.recipients().at(1).group, QStringLiteral("loop"));
}

void tst_RecipientList::validateAgainstTransport()
{
    RecipientList list = RecipientList::parse(QStringLiteral("*, OPS, ÄRGER"));
    TransportLimits limits;
    limits.wireEncoding = QStringLiteral("CP866");
    list.validate(limits, Capability::Send);
    QCOMPARE(addresses(list), QStringList{"OPS"});
    QCOMPARE(list.rejected().size(), 2);
    QCOMPARE(list.rejected().at(0).reason.code(), quint32(Code::NotSupported));
    QCOMPARE(list.rejected().at(1).reason.code(), quint32(Code::InvalidName));
}

QTEST_GUILESS_MAIN(tst_RecipientList)
#include "tst_recipientlist.moc"
