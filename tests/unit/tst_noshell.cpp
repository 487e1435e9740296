// No shell anywhere in the product: programs start through QProcess with a
// program and an argument list, never as a command line that sh or cmd.exe
// would split and expand. This test reads every source file of core/, app/
// and plugins/ (comments left out) and fails on any way to a shell. Each rule
// is first shown to catch a sample of what it is for and to let its harmless
// lookalikes pass, so that a rule that stopped matching fails too.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct Finding
{
    int line = 0;
    QString rule;
    QString text;
};

// Whether the R at `i` opens a raw string literal (R"x(...)x", u8R"(...)"),
// not ends a name (FOR"...").
bool startsRawString(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    if (!before.isLetterOrNumber() && before != u'_')
        return true;
    const QString prefix = text.mid(qMax<qsizetype>(0, i - 2), qMin<qsizetype>(2, i));
    return before == u'u' || before == u'U' || before == u'L' || prefix == QLatin1String("u8");
}

// The source with its comments blanked out (line breaks kept, so that line
// numbers stay), its string and character literals kept: a shell's path is
// found inside one.
QString withoutComments(const QString &source)
{
    QString result = source;
    enum class State { Code, LineComment, BlockComment, String, Character, RawString };
    State state = State::Code;
    QString rawEnd; // )delimiter" of the raw string being read
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        const QChar next = i + 1 < result.size() ? result.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::LineComment;
                result[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                result[i] = u' ';
                result[++i] = u' ';
            } else if (c == u'R' && next == u'"' && startsRawString(result, i)) {
                const qsizetype open = result.indexOf(u'(', i + 2);
                if (open < 0)
                    break;
                rawEnd = u')' + result.mid(i + 2, open - i - 2) + u'"';
                state = State::RawString;
                i = open;
            } else if (c == u'"') {
                state = State::String;
            } else if (c == u'\'' && !(i > 0 && result.at(i - 1).isLetterOrNumber())) {
                state = State::Character; // not a digit separator (1'000)
            }
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                result[i] = u' ';
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                result[i] = u' ';
                result[++i] = u' ';
                state = State::Code;
            } else if (c != u'\n') {
                result[i] = u' ';
            }
            break;
        case State::String:
        case State::Character:
            if (c == u'\\')
                ++i;
            else if ((state == State::String && c == u'"') ||
                     (state == State::Character && c == u'\'') || c == u'\n')
                state = State::Code;
            break;
        case State::RawString:
            if (result.mid(i, rawEnd.size()) == rawEnd) {
                i += rawEnd.size() - 1;
                state = State::Code;
            }
            break;
        }
    }
    return result;
}

int lineOf(const QString &text, qsizetype position)
{
    return int(text.left(position).count(u'\n')) + 1;
}

// The arguments of the call whose '(' is at `open`, split at top-level commas.
QStringList argumentsAt(const QString &text, qsizetype open)
{
    QStringList arguments;
    QString current;
    int depth = 0;
    QChar quote;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == u'\\' && i + 1 < text.size())
                current += text.at(++i);
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (depth == 0) {
                if (!current.trimmed().isEmpty() || !arguments.isEmpty())
                    arguments.append(current.trimmed());
                return arguments;
            }
            --depth;
        } else if (c == u',' && depth == 0) {
            arguments.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    return arguments;
}

struct Rule
{
    const char *name;
    QRegularExpression pattern;
};

// Calls and names that reach a shell, or run a command line some other way.
// (\x22 is '"': moc misreads a raw string with a quote inside brackets.)
const QList<Rule> &rules()
{
    using Options = QRegularExpression::PatternOption;
    static const QList<Rule> list{
        {"QProcess::startCommand", QRegularExpression(QStringLiteral(R"(\bstartCommand\s*\()"))},
        // Not a member of anything (QLocale::system() is no shell).
        {"system()",
         QRegularExpression(QStringLiteral(R"((?<![\w.>:])(?:(?:std)?::)?_?w?system\s*\()"))},
        {"popen()",
         QRegularExpression(QStringLiteral(R"((?<![\w.>:])(?:(?:std)?::)?_?w?popen\s*\()"))},
        {"exec*()", QRegularExpression(
                        QStringLiteral(R"((?<![\w.>:])(?:::)?exec(?:l|lp|le|v|vp|vpe|ve)\s*\()"))},
        {"WinExec / ShellExecute",
         QRegularExpression(QStringLiteral(R"(\b(?:WinExec|ShellExecute(?:Ex)?[AW]?)\s*\()"))},
        {"a Unix shell by name", QRegularExpression(QStringLiteral(
                                     R"("(?:/usr)?(?:/bin/)?(?:ba|da|z|k|c|tc)?sh(?:\.exe)?")"))},
        {"cmd.exe /c",
         QRegularExpression(QStringLiteral(R"(\bcmd(?:\.exe)?\b[^;\n]{0,40}?[\x22\s]/[ck]\b)"),
                            Options::CaseInsensitiveOption)},
        {"PowerShell", QRegularExpression(QStringLiteral(R"(\bpowershell(?:\.exe)?\b)"),
                                          Options::CaseInsensitiveOption)},
    };
    return list;
}

// A QProcess given one string, a whole command line: start(QString) or the
// static execute / startDetached with no argument list.
QList<Finding> singleStringStarts(const QString &code)
{
    QList<Finding> findings;
    QStringList names;
    static const QList<QRegularExpression> declarations{
        QRegularExpression(QStringLiteral(R"(\bQProcess\s*[*&]?\s*(\w+)\s*[;{(=,)])")),
        QRegularExpression(QStringLiteral(R"(<\s*QProcess\s*>\s*[*&]?\s*(\w+))")),
        QRegularExpression(QStringLiteral(R"((\w+)\s*=\s*new\s+QProcess\b)")),
        QRegularExpression(QStringLiteral(R"((\w+)\s*=\s*std::make_(?:unique|shared)<QProcess>)")),
    };
    for (const QRegularExpression &declaration : declarations) {
        for (const QRegularExpressionMatch &match : declaration.globalMatch(code))
            names.append(match.captured(1));
    }
    names.removeDuplicates();
    const auto check = [&](const QRegularExpression &call, const QString &what) {
        for (const QRegularExpressionMatch &match : call.globalMatch(code)) {
            const QStringList arguments = argumentsAt(code, match.capturedEnd() - 1);
            if (arguments.size() == 1)
                findings.append({lineOf(code, match.capturedStart()), what,
                                 match.captured() + arguments.first() + u')'});
        }
    };
    for (const QString &name : std::as_const(names)) {
        check(QRegularExpression(QStringLiteral(R"(\b%1\s*(?:\.|->)\s*start(?:Detached)?\s*\()")
                                     .arg(QRegularExpression::escape(name))),
              QStringLiteral("QProcess::start with one string"));
    }
    check(QRegularExpression(QStringLiteral(R"(\bQProcess::(?:execute|startDetached)\s*\()")),
          QStringLiteral("QProcess::execute/startDetached with one string"));
    return findings;
}

QList<Finding> scan(const QString &source)
{
    const QString code = withoutComments(source);
    QList<Finding> findings;
    for (const Rule &rule : rules()) {
        for (const QRegularExpressionMatch &match : rule.pattern.globalMatch(code))
            findings.append({lineOf(code, match.capturedStart()), QString::fromLatin1(rule.name),
                             match.captured()});
    }
    findings += singleStringStarts(code);
    return findings;
}

} // namespace

class tst_NoShell : public QObject
{
    Q_OBJECT
private slots:
    void rulesCatchWhatTheyAreFor_data();
    void rulesCatchWhatTheyAreFor();
    void theProductStartsNoShell();
};

void tst_NoShell::rulesCatchWhatTheyAreFor_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("caught");
    const auto bad = [](const char *name, const char *source) {
        QTest::newRow(name) << QString::fromUtf8(source) << true;
    };
    const auto fine = [](const char *name, const char *source) {
        QTest::newRow(name) << QString::fromUtf8(source) << false;
    };
    bad("startCommand", "process.startCommand(QStringLiteral(\"ls -l\"));");
    bad("std::system", "std::system(\"rm -rf x\");");
    bad("system", "if (system(command.constData()) != 0)");
    bad("::system", "return ::system(line);");
    bad("_wsystem", "_wsystem(L\"dir\");");
    fine("QLocale::system", "const QLocale system = QLocale::system();");
    fine("filesystem", "std::filesystem::exists(path); m_system(1);");
    bad("popen", "FILE *pipe = popen(\"ls\", \"r\");");
    bad("_wpopen", "auto *pipe = _wpopen(L\"dir\", L\"r\");");
    bad("execlp", "execlp(\"sh\", \"sh\", \"-c\", command, nullptr);");
    bad("execv", "execv(path, argv);");
    fine("exec()", "query.exec(sql); dialog.exec(); QCoreApplication::exec();");
    bad("WinExec", "WinExec(\"net send x\", SW_HIDE);");
    bad("ShellExecuteW", "ShellExecuteW(nullptr, L\"open\", file, nullptr, nullptr, 0);");
    bad("/bin/sh", "process.setProgram(QStringLiteral(\"/bin/sh\"));");
    bad("bash", "process.start(QStringLiteral(\"bash\"), {QStringLiteral(\"-c\"), line});");
    bad("cmd.exe /c", "process.setArguments({QStringLiteral(\"cmd.exe /c \") + line});");
    bad("cmd, /C", "QStringList{QStringLiteral(\"cmd\"), QStringLiteral(\"/C\"), line};");
    bad("powershell", "process.setProgram(QStringLiteral(\"PowerShell.exe\"));");
    bad("start(line)", "QProcess process;\nprocess.start(line);");
    bad("->start(a + b)", "QProcess *p = new QProcess(this);\n"
                          "p->start(QStringLiteral(\"msg.exe \") + target);");
    bad("unique_ptr start", "std::unique_ptr<QProcess> m_child;\nm_child->start(f(a, b));");
    bad("startDetached(line)", "QProcess::startDetached(line);");
    bad("execute(line)", "return QProcess::execute(QStringLiteral(\"net send x\"));");
    fine("start(program, arguments)", "QProcess process;\nprocess.start(program, arguments);");
    fine("start()", "QProcess process;\nprocess.setProgram(p);\nprocess.start();");
    fine("startDetached(program, arguments)", "QProcess::startDetached(program, {argument});");
    fine("a timer", "QProcess process;\nQTimer timer;\ntimer.start(100);");
    fine("in a comment", "// never system(), popen() or \"/bin/sh\"\n/* cmd.exe /c */ int x;");
    fine("commented out", "QProcess process; // process.start(line);");
}

void tst_NoShell::rulesCatchWhatTheyAreFor()
{
    QFETCH(QString, source);
    QFETCH(bool, caught);
    const QList<Finding> findings = scan(source);
    QStringList found;
    for (const Finding &finding : findings)
        found.append(finding.rule + QStringLiteral(": ") + finding.text);
    QVERIFY2(findings.isEmpty() != caught, qPrintable(found.join(u'\n')));
}

void tst_NoShell::theProductStartsNoShell()
{
    const QDir root(qEnvironmentVariable("NETMSG_SOURCE_DIR"));
    QVERIFY2(root.exists(QStringLiteral("core/outcome.h")), qPrintable(root.path()));
    QStringList report;
    int files = 0;
    for (const char *folder : {"core", "app", "plugins"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.c"),
                         QStringLiteral("*.cc"), QStringLiteral("*.hpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++files;
            for (const Finding &finding : scan(QString::fromUtf8(file.readAll())))
                report.append(QStringLiteral("%1:%2: %3: %4")
                                  .arg(root.relativeFilePath(file.fileName()))
                                  .arg(finding.line)
                                  .arg(finding.rule, finding.text.simplified()));
        }
    }
    QVERIFY2(files > 100, qPrintable(QString::number(files))); // the tree was really read
    QVERIFY2(report.isEmpty(), qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_NoShell)
#include "tst_noshell.moc"
