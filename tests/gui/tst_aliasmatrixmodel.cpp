#include "aliases/aliasmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The alias × server table on its own: the union of listings, a failed
// column, columns coming and going, and names a peer sent.
class tst_AliasMatrixModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void rowsAreTheUnionOfEveryListing();
    void aListingChangesOnlyTheRowsItMust();
    void aFailedColumnSaysWhyInsteadOfLookingEmpty();
    void removingAColumnDropsTheAliasesOnlyItHad();
    void readOnlyColumnsSaySo();
    void visibleNameEscapesWhatAPeerCouldHide_data();
    void visibleNameEscapesWhatAPeerCouldHide();
    void namesFromAPeerStayPlainText();

private:
    // A tooltip as the user reads it (tooltips are rich text).
    static QString read(const QVariant &html)
    {
        return QTextDocumentFragment::fromHtml(html.toString()).toPlainText();
    }
    static AliasListing listed(const QStringList &aliases) { return {Outcome::success(), aliases}; }
};

void tst_AliasMatrixModel::rowsAreTheUnionOfEveryListing()
{
    AliasMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendColumn({QStringLiteral("this computer (loopback)"), false});
    model.appendColumn({QStringLiteral("HQ (loopback)"), false});
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), 0);
    model.setListed(0, listed({"DESK1", "OPS"}));
    model.setListed(1, listed({"HQ", "ops", "SALES"}));
    QCOMPARE(model.rowCount(), 4); // OPS and ops are one alias
    QCOMPARE(model.alias(0), QStringLiteral("DESK1"));
    QCOMPARE(model.alias(1), QStringLiteral("HQ"));
    QCOMPARE(model.alias(2), QStringLiteral("OPS"));
    QCOMPARE(model.alias(3), QStringLiteral("SALES"));
    const int ops = model.rowOf(QStringLiteral("Ops"));
    QCOMPARE(ops, 2);
    QVERIFY(model.contains(ops, 0));
    QVERIFY(model.contains(ops, 1));
    QVERIFY(!model.contains(model.rowOf(QStringLiteral("SALES")), 0));
    QVERIFY(model.contains(model.rowOf(QStringLiteral("SALES")), 1));
    QVERIFY(model.data(model.index(ops, 1), AliasMatrixModel::PresentRole).toBool());
    QCOMPARE(!model.data(model.index(0, 1)).toString().isEmpty(), model.contains(0, 1));
    QCOMPARE(model.headerData(ops, Qt::Vertical).toString(), QStringLiteral("OPS"));
    QVERIFY(model.headerData(1, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("HQ (loopback)\n")));
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QLatin1String("3 alias(es)")));
}

void tst_AliasMatrixModel::aListingChangesOnlyTheRowsItMust()
{
    AliasMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendColumn({QStringLiteral("A"), false});
    model.setListed(0, listed({"B", "D"}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setListed(0, listed({"A", "B", "C"}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);  // D
    QCOMPARE(inserted.size(), 2); // A, C at their places
    QCOMPARE(model.alias(0), QStringLiteral("A"));
    QCOMPARE(model.alias(2), QStringLiteral("C"));
    // Under way: the old marks stay until the answer comes.
    model.setListing(0);
    QCOMPARE(model.listingState(0), AliasMatrixModel::ListingState::Listing);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("listing")));
}

void tst_AliasMatrixModel::aFailedColumnSaysWhyInsteadOfLookingEmpty()
{
    AliasMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendColumn({QStringLiteral("this computer (loopback)"), false});
    model.appendColumn({QStringLiteral("DOWN (loopback)"), false});
    model.setListed(0, listed({"DESK1"}));
    model.setListed(1, listed({"DOWN", "OPS"}));
    model.setListed(1, AliasListing{Outcome(Code::BadNetPath,
                                            QStringLiteral("the loopback server DOWN is offline")),
                                    {}});
    QCOMPARE(model.listingState(1), AliasMatrixModel::ListingState::Failed);
    QCOMPARE(model.listingOutcome(1).code(), quint32(Code::BadNetPath));
    QCOMPARE(model.rowCount(), 1); // what only DOWN had is no longer known
    const QString header = model.headerData(1, Qt::Horizontal).toString();
    QVERIFY2(header.contains(Outcome(Code::BadNetPath).description()), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("53")), qPrintable(header));
    QVERIFY(read(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole))
                .contains(QLatin1String("offline")));
    QCOMPARE(model.headerData(1, Qt::Horizontal, AliasMatrixModel::ListingCodeRole).toLongLong(),
             53);
    // Its cells are unknown, not empty; the other column is unaffected.
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("?"));
    QVERIFY(read(model.data(model.index(0, 1), Qt::ToolTipRole))
                .contains(QLatin1String("could not be listed")));
    QVERIFY(model.contains(0, 0));
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
}

void tst_AliasMatrixModel::removingAColumnDropsTheAliasesOnlyItHad()
{
    AliasMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendColumn({QStringLiteral("A"), false});
    model.appendColumn({QStringLiteral("B"), false});
    model.appendColumn({QStringLiteral("C"), false});
    model.setListed(0, listed({"ONE", "BOTH"}));
    model.setListed(1, listed({"TWO", "BOTH"}));
    model.setListed(2, listed({"THREE"}));
    QCOMPARE(model.rowCount(), 4);
    model.removeColumnAt(1);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("TWO")), -1);
    QVERIFY(model.contains(model.rowOf(QStringLiteral("BOTH")), 0));
    QVERIFY(model.contains(model.rowOf(QStringLiteral("THREE")), 1));
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().startsWith(QLatin1Char('C')));
}

void tst_AliasMatrixModel::readOnlyColumnsSaySo()
{
    AliasMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendColumn({QStringLiteral("10.0.0.5 (winpopup)"), true});
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setListed(0, listed({"PC5", "ALICE"}));
    QVERIFY(!header.isEmpty());
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QLatin1String("read-only")));
    model.setColumn(0, {QStringLiteral("10.0.0.5 (winpopup)"), false});
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().contains(QLatin1String("read-only")));
}

void tst_AliasMatrixModel::visibleNameEscapesWhatAPeerCouldHide_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("visible");
    QTest::newRow("plain") << "OPS"
                           << "OPS";
    QTest::newRow("space inside") << "BACK UP"
                                  << "BACK UP";
    QTest::newRow("bell") << QStringLiteral("OPS\a") << "OPS\\x07";
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2JOPS") << "\\x1B[2JOPS";
    QTest::newRow("new line") << QStringLiteral("A\nB") << "A\\x0AB";
    QTest::newRow("delete and C1") << QStringLiteral("A\x7f\u0085") << "A\\x7F\\x85";
    QTest::newRow("right-to-left override")
        << QStringLiteral("ADMIN\u202eSPO") << "ADMIN\\u202ESPO";
    QTest::newRow("zero width space") << QStringLiteral("O\u200bPS") << "O\\u200BPS";
    QTest::newRow("no-break space") << QStringLiteral("O\u00a0PS") << "O\\u00A0PS";
    QTest::newRow("backslash") << QStringLiteral("A\\x07") << "A\\\\x07";
    QTest::newRow("letters of another script") << QStringLiteral("ОПС") << QStringLiteral("ОПС");
}

void tst_AliasMatrixModel::visibleNameEscapesWhatAPeerCouldHide()
{
    QFETCH(QString, name);
    QFETCH(QString, visible);
    QCOMPARE(AliasMatrixModel::visibleName(name), visible);
}

void tst_AliasMatrixModel::namesFromAPeerStayPlainText()
{
    AliasMatrixModel model;
    model.appendColumn({QStringLiteral("10.0.0.5 (winpopup)"), true});
    const QString hostile = QStringLiteral("<b>X</b>\u202e");
    model.setListed(0, listed({hostile}));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("<b>X</b>\\u202E"));
    // The raw name is there for actions; tooltips (rich text in Qt) are escaped.
    QCOMPARE(model.headerData(0, Qt::Vertical, AliasMatrixModel::AliasRole).toString(), hostile);
    const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(QLatin1String("<b>")), qPrintable(tip));
    QVERIFY2(read(tip).startsWith(QLatin1String("<b>X</b>\\u202E lives on")),
             qPrintable(read(tip)));
    QCOMPARE(read(model.headerData(0, Qt::Vertical, Qt::ToolTipRole)),
             QStringLiteral("<b>X</b>\\u202E"));
}

QTEST_MAIN(tst_AliasMatrixModel)
#include "tst_aliasmatrixmodel.moc"
