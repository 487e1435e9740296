#include "composecheck.h"

#include "messagetemplate.h"
#include "validation.h"

namespace netmsg::gui {

namespace {

QString reasonOf(const Outcome &outcome)
{
    return outcome.detail().isEmpty() ? outcome.description() : outcome.detail();
}

QList<Recipient> parse(const ComposeInput &input, QList<RecipientIssue> *issues)
{
    const RecipientList list =
        RecipientList::parse(input.recipients, [&input](const QString &group) {
            for (auto entry = input.groups.cbegin(); entry != input.groups.cend(); ++entry) {
                if (entry.key().compare(group, Qt::CaseInsensitive) == 0)
                    return std::optional<QStringList>(entry.value());
            }
            return std::optional<QStringList>();
        });
    for (const RejectedEntry &rejected : list.rejected())
        issues->append({rejected.entry, rejected.line, rejected.reason.toString()});
    return list.recipients();
}

} // namespace

ComposeCheck ComposeCheck::run(const ComposeInput &input)
{
    ComposeCheck check;
    check.recipients = parse(input, &check.issues);
    DeliveryJob probe(input.route, nullptr);
    probe.setOptions(input.options);
    for (const Recipient &recipient : std::as_const(check.recipients)) {
        const Outcome reachable = probe.checkRecipient(recipient);
        if (!reachable.isSuccess())
            check.issues.append({recipient.address(), 0, reasonOf(reachable)});
    }

    const auto usable = std::find_if(input.route.cbegin(), input.route.cend(),
                                     [](const RouteEntry &entry) { return entry.isUsable(); });
    if (usable == input.route.cend()) {
        check.problem = tr("No transport on this route is available here.");
        return check;
    }
    SendRequest request;
    request.route = input.route;
    request.options = input.options;
    request.prototype.sender = input.sender.trimmed();
    request.prototype.server = input.server.trimmed();
    const TransportLimits limits = usable->transport->limits();
    for (const auto &[value, kind] : {std::pair{request.prototype.sender, NameKind::Sender},
                                      std::pair{request.prototype.server, NameKind::Server}}) {
        if (value.isEmpty())
            continue;
        const Outcome valid = Validation::checkName(value, kind, limits);
        if (!valid.isSuccess()) {
            check.problem = reasonOf(valid);
            return check;
        }
    }
    if (!check.issues.isEmpty()) {
        check.problem = tr("%n recipient(s) rejected: %1", nullptr, int(check.issues.size()))
                            .arg(check.issues.first().entry + QStringLiteral(": ") +
                                 check.issues.first().reason);
        return check;
    }
    if (check.recipients.isEmpty()) {
        check.problem = tr("Name at least one recipient.");
        return check;
    }
    request.recipients = check.recipients;
    request.prototype.text = MessageTemplate::expand(
        input.text, QDateTime::currentDateTime(),
        request.prototype.sender.isEmpty() ? input.settingsSender : request.prototype.sender);
    for (const PlannedDelivery &planned : probe.plan(request.prototype, request.recipients)) {
        if (!planned.outcome.isSuccess()) {
            check.problem = reasonOf(planned.outcome);
            return check;
        }
    }
    check.request = request;
    return check;
}

} // namespace netmsg::gui
