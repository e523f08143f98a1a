namespace Forge.Analysis.Domain.Engine;

/// <summary>Where a posting line belongs. <see cref="Heading"/> lines only open a section.</summary>
internal enum PostingSection { Title, Summary, Responsibilities, Required, Preferred, Other, Heading }

/// <summary>A posting line with its section; <see cref="ContentStart"/> skips an inline heading.</summary>
internal readonly record struct PostingLine(TextLine Line, PostingSection Section, int ContentStart);
