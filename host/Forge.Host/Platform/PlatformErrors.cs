namespace Forge.Host.Platform;

/// <summary>Input was wrong; <see cref="Field"/> names what. HTTP 400, CLI exit code 2.</summary>
public sealed class PlatformValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The named thing does not exist (or belongs to another tenant). HTTP 404, CLI exit code 2.</summary>
public sealed class PlatformNotFoundException(string message) : Exception(message);

/// <summary>The request clashes with existing state (a duplicate name). HTTP 409, CLI exit code 2.</summary>
public sealed class PlatformConflictException(string message) : Exception(message);
