using Eci.Modules.Notifications.Domain;
using FluentValidation;

namespace Eci.Modules.Notifications.Features.SendNotification;

internal sealed class SendNotificationValidator : AbstractValidator<SendNotification>
{
    public SendNotificationValidator()
    {
        RuleFor(x => x.Type).NotEmpty().Must(t => t is null || NotificationChannels.All.Contains(t.Trim().ToLowerInvariant()))
            .WithMessage($"'type' must be one of {string.Join(", ", NotificationChannels.All)}.");
        RuleFor(x => x.Recipient).NotEmpty().MaximumLength(320);
        RuleFor(x => x.Recipient).EmailAddress().When(x => IsChannel(x.Type, NotificationChannels.Email))
            .WithMessage("'recipient' must be an e-mail address.");
        RuleFor(x => x.Recipient).Matches(@"^\+?[0-9][0-9 ()-]{5,19}$").When(x => IsChannel(x.Type, NotificationChannels.Sms))
            .WithMessage("'recipient' must be a phone number.");
        RuleFor(x => x.Subject).NotEmpty().When(x => IsChannel(x.Type, NotificationChannels.Email));
        RuleFor(x => x.Subject).MaximumLength(200);
        // A line break in a subject would end the header and begin another one (say, a Bcc:) in the e-mail sent.
        RuleFor(x => x.Subject).Must(s => s is null || !s.Any(char.IsControl))
            .WithMessage("'subject' must be one line of text, without line breaks or other control characters.");
        RuleFor(x => x.Message).NotEmpty().MaximumLength(10_000);
        RuleFor(x => x.Message).MaximumLength(1_600).When(x => IsChannel(x.Type, NotificationChannels.Sms));
    }

    private static bool IsChannel(string? type, string channel) => string.Equals(type?.Trim(), channel, StringComparison.OrdinalIgnoreCase);
}
