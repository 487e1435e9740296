#pragma once

#include "command.h"

#include "deliveryjob.h"

#include <functional>

namespace netmsg::cli {

// netmsg send: one message to one or many recipients through a DeliveryJob.
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::SendCommand)
public:
    QString name() const override { return QStringLiteral("send"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    QString positionalSyntax() const override { return QStringLiteral("[text...]"); }
    int execute(const QCommandLineParser &parser, CliSession &session) override;

private:
    // Prints every rejected recipient (bad entries, and names no transport on
    // the route can address); false when there was one.
    bool reportRejected(CliSession &session, const RecipientList &recipients,
                        const DeliveryJob &job) const;
    int printPlan(CliSession &session, const QList<PlannedDelivery> &plan) const;
    void printResult(CliSession &session, const DeliveryResult &result) const;
    // `start` starts the job (start() or resume()); its recipients are the
    // ones it sends to.
    int runJob(CliSession &session, DeliveryJob &job, const QList<Recipient> &recipients,
               const std::function<Outcome()> &start, int holdSeconds) const;
    // netmsg send --resume ID: the rest of a message whose job was killed.
    int resume(const QCommandLineParser &parser, CliSession &session,
               const DeliveryOptions &options, int holdSeconds) const;
};

} // namespace netmsg::cli
