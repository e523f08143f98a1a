using Forge.TestModules.Notes;

namespace Forge.BadModule.Application;

/// <summary>VIOLATION: one module using another module's type (Forge.TestModules).</summary>
public sealed class NoteBorrower
{
    public string Borrow(Note note) => note.Text;
}
