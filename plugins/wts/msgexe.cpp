#include "msgexe.h"

#include "textcodec.h"

#include <QProcess>
#include <QRegularExpression>

namespace netmsg {

namespace {

// Time msg.exe gets beyond the user's own timeout to start and to give up.
constexpr int GraceMs = 30000;

QByteArray encodedText(const MsgExeRequest &request)
{
    const TextCodec codec(request.stdinEncoding);
    if (codec.isValid() && codec.unencodable(request.text).isEmpty())
        return codec.encode(request.text);
    return request.text.toUtf8();
}

QString outputOf(QProcess &process)
{
    return QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError())
        .simplified();
}

} // namespace

QStringList MsgExe::arguments(const MsgExeRequest &request)
{
    QStringList arguments{request.target};
    if (!request.server.isEmpty())
        arguments << QStringLiteral("/server:%1").arg(request.server);
    if (request.timeoutSeconds > 0)
        arguments << QStringLiteral("/time:%1").arg(request.timeoutSeconds);
    if (request.wait)
        arguments << QStringLiteral("/w");
    // No message argument: msg.exe then reads the text from stdin.
    return arguments;
}

SendResult MsgExe::run(const MsgExeRequest &request)
{
    QProcess process;
    process.setProgram(request.program);
    process.setArguments(arguments(request));
    process.start();
    if (!process.waitForStarted(GraceMs))
        return SendResult::failed(Outcome(
            Code::FileNotFound,
            QStringLiteral("%1 did not start: %2").arg(request.program, process.errorString())));
    process.write(encodedText(request));
    process.closeWriteChannel();
    // Never without a bound: a box that waits has a timeout (WtsTransport::configure).
    if (!process.waitForFinished(request.timeoutSeconds * 1000 + GraceMs)) {
        process.kill();
        process.waitForFinished(GraceMs);
        return SendResult::unconfirmed(
            Outcome(Code::Timeout,
                    QStringLiteral("msg.exe took the text but did not finish within %1 s; killed")
                        .arg(request.timeoutSeconds + GraceMs / 1000)));
    }
    const QString output = outputOf(process);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return SendResult::delivered(output.isEmpty() ? QStringLiteral("sent through msg.exe")
                                                      : QStringLiteral("msg.exe: %1").arg(output));
    const QString detail =
        QStringLiteral("msg.exe exited with code %1: %2").arg(process.exitCode()).arg(output);
    // msg.exe reports Win32 errors as "Error 5 ..." or "Error [5]:..." (format unconfirmed).
    static const QRegularExpression error(QStringLiteral("Error\\s*\\[?(\\d+)\\]?"));
    const QRegularExpressionMatch match = error.match(output);
    if (match.hasMatch()) {
        const quint32 code = match.captured(1).toUInt();
        if (code != 0 && Outcome::isKnownCode(code))
            return SendResult::failed(Outcome(code, detail));
    }
    return SendResult::failed(Outcome(Code::GenFailure, detail));
}

} // namespace netmsg
