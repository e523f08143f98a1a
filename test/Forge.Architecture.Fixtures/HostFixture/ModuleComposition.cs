using Forge.TestModules.Notes;

namespace Forge.HostFixture;

/// <summary>Correct: a host naming a module by its module class only.</summary>
public static class ModuleComposition
{
    public static readonly Type[] Modules = [typeof(NotesModule)];
}

/// <summary>VIOLATION: a host reaching into a module's internals (its entity and error writer).</summary>
public sealed class NoteInspector
{
    public string Read(Note note) => note.Text;

    public object Writer() => new NotesErrorWriter();
}
