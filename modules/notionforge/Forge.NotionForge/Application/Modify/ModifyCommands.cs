namespace Forge.NotionForge.Application.Modify;

/// <summary>One change a modify prompt asks for (ADR 52), before it is compared with what exists.</summary>
public abstract record ModifyCommand;

public sealed record AddProperty(string Name, string? Type, IReadOnlyList<string> Options) : ModifyCommand;

public sealed record RenameProperty(string From, string To) : ModifyCommand;

public sealed record RemoveProperty(string Name) : ModifyCommand;

public sealed record AddRows(int Count) : ModifyCommand;

/// <summary>What a prompt asks for: its changes, and the database it names (null: the page's only one).</summary>
public sealed record ModifyIntent(IReadOnlyList<ModifyCommand> Commands, string? Database, bool Korean);

/// <summary>A view to add (ADR 58): its type, its name (null: named after the type) and the property a board groups by or a calendar or timeline places rows by.</summary>
public sealed record AddView(string Type, string? Name, string? Property) : ModifyCommand;

public sealed record RenameView(string From, string To) : ModifyCommand;

public sealed record RemoveView(string Name) : ModifyCommand;
