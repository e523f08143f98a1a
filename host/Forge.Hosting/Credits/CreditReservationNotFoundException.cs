namespace Forge.Hosting.Credits;

/// <summary>Commit or Release named a reference that was never reserved.</summary>
public sealed class CreditReservationNotFoundException(string reference)
    : InvalidOperationException($"No credit reservation with reference '{reference}'.");
