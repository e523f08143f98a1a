using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Forge.Host.Tests.Routing;

/// <summary>
/// Finds endpoints that answer the same method on the same route: the pattern with parameter names dropped
/// (<c>/x/{id}</c> and <c>/x/{key}</c> are one route) but constraints kept; no method metadata means every method.
/// </summary>
public static class EndpointClashes
{
    public static IReadOnlyList<string> Find(IEnumerable<EndpointDataSource> sources)
    {
        var routes = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Shape: Shape(e.RoutePattern), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods, Name: e.DisplayName ?? e.RoutePattern.RawText ?? "?"))
            .ToList();
        var clashes = new List<string>();
        foreach (var group in routes.GroupBy(r => r.Shape, StringComparer.OrdinalIgnoreCase))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                var shared = SharedMethods(list[i].Methods, list[j].Methods);
                if (shared is not null)
                    clashes.Add($"{shared} {group.Key}: '{list[i].Name}' and '{list[j].Name}'");
            }
        }
        return clashes;
    }

    private static string? SharedMethods(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (a is null || a.Count == 0) return b is null || b.Count == 0 ? "*" : string.Join(',', b);
        if (b is null || b.Count == 0) return string.Join(',', a);
        var shared = a.Intersect(b, StringComparer.OrdinalIgnoreCase).ToList();
        return shared.Count == 0 ? null : string.Join(',', shared);
    }

    private static string Shape(RoutePattern pattern)
    {
        var shape = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            shape.Append('/');
            foreach (var part in segment.Parts)
                shape.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "*" : "") +
                        string.Join(':', parameter.ParameterPolicies.Select(p => p.Content ?? p.ParameterPolicy?.GetType().Name)) +
                        (parameter.IsOptional ? "?" : "") + "}",
                    _ => "?",
                });
        }
        return shape.Length == 0 ? "/" : shape.ToString();
    }
}
