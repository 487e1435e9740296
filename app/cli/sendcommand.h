#pragma once

#include "command.h"

#include "deliveryjob.h"

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
    int runJob(CliSession &session, DeliveryJob &job, const Message &prototype,
               const QList<Recipient> &recipients) const;
};

} // namespace netmsg::cli
