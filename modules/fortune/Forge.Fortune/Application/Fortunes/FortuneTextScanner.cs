using System.Globalization;
using System.Text;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>A piece of a fortune's readable text: which field it belongs to and the decoded characters.</summary>
internal readonly record struct FortuneTextPiece(string Field, string Text);

/// <summary>
/// Reads a model's JSON reply as it streams in and hands out only the human text being written — the
/// <c>summary</c> and each <c>categories.&lt;name&gt;.description</c> — decoded (escapes resolved), so a
/// client can show the fortune as it is written instead of raw JSON fragments. A small incremental
/// tokenizer: it tracks object keys and string state across chunk boundaries; anything before the first
/// <c>{</c> (a code fence, a sentence) and after the object closes is skipped. It never judges validity —
/// the whole reply is checked once it is complete.
/// </summary>
internal sealed class FortuneTextScanner
{
    private enum State { BeforeObject, Structure, Key, Value, Done }

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;
        public bool ExpectKey { get; set; } = isObject;
        public string? Key { get; set; }
    }

    private readonly Stack<Frame> _frames = new();
    private readonly StringBuilder _token = new();
    private State _state = State.BeforeObject;
    private bool _escape;
    private string? _unicode; // hex digits of a \uXXXX escape read so far
    private string? _field;   // the readable field of the string value being read, or null

    public IReadOnlyList<FortuneTextPiece> Feed(string chunk)
    {
        var pieces = new List<FortuneTextPiece>();
        var text = new StringBuilder();
        string? textField = null;
        foreach (var c in chunk)
        {
            switch (_state)
            {
                case State.BeforeObject:
                    if (c == '{') { _frames.Push(new Frame(true)); _state = State.Structure; }
                    break;
                case State.Structure:
                    Structure(c);
                    break;
                case State.Key:
                case State.Value:
                    if (StringChar(c) is { } decoded)
                    {
                        if (_state == State.Key) _token.Append(decoded);
                        else if (_field is not null)
                        {
                            if (textField != _field) Flush();
                            textField = _field;
                            text.Append(decoded);
                        }
                    }
                    break;
            }
        }
        Flush();
        return pieces;

        void Flush()
        {
            if (text.Length > 0 && textField is not null) pieces.Add(new FortuneTextPiece(textField, text.ToString()));
            text.Clear();
        }
    }

    private void Structure(char c)
    {
        var top = _frames.Peek();
        switch (c)
        {
            case '"' when top.IsObject && top.ExpectKey:
                _token.Clear();
                _state = State.Key;
                break;
            case '"':
                _field = ReadableField(top);
                _state = State.Value;
                break;
            case '{':
                _frames.Push(new Frame(true));
                break;
            case '[':
                _frames.Push(new Frame(false));
                break;
            case '}' or ']':
                _frames.Pop();
                if (_frames.Count == 0) _state = State.Done;
                break;
            case ',' when top.IsObject:
                top.ExpectKey = true;
                top.Key = null;
                break;
        }
    }

    /// <summary>The decoded character of a string's <paramref name="c"/>, or null (escape in progress, or the closing quote).</summary>
    private char? StringChar(char c)
    {
        if (_unicode is not null)
        {
            _unicode += c;
            if (_unicode.Length < 4) return null;
            var ok = int.TryParse(_unicode, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code);
            _unicode = null;
            return ok ? (char)code : null;
        }
        if (_escape)
        {
            _escape = false;
            return c switch
            {
                'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f',
                'u' => StartUnicode(),
                _ => c, // \" \\ \/
            };
        }
        if (c == '\\') { _escape = true; return null; }
        if (c != '"') return c;

        var top = _frames.Peek();
        if (_state == State.Key)
        {
            top.Key = _token.ToString();
            top.ExpectKey = false;
        }
        _field = null;
        _state = State.Structure;
        return null;
    }

    private char? StartUnicode()
    {
        _unicode = "";
        return null;
    }

    /// <summary><c>summary</c> at the top level, <c>categories.&lt;name&gt;.description</c> one level down; nothing else.</summary>
    private string? ReadableField(Frame top)
    {
        if (!top.IsObject || top.Key is null) return null;
        var path = _frames.Reverse().Select(f => f.Key).ToArray();
        if (path is ["summary"]) return "summary";
        if (path is ["categories", { } name, "description"]) return $"categories.{name}.description";
        return null;
    }
}
