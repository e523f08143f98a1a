using System.Net.Sockets;
using System.Text;

namespace Forge.Host.Tests.BadInput;

/// <summary>HTTP/1.1 written by hand on a TCP socket, for requests no well-behaved client would send.</summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (request line + headers, without the blank line) and <paramref name="body"/>.</summary>
    /// <param name="halfClose">Shut down the sending side after the body, as a client that gives up mid-request does.</param>
    /// <param name="afterContinue">Send <c>Expect: 100-continue</c> and hold the body back until the server answers
    /// <c>100 Continue</c>, which it does when the endpoint starts reading the body: the body then arrives mid-read.</param>
    /// <returns>Everything the server sent until it closed the connection (possibly nothing).</returns>
    public static async Task<string> SendAsync(Uri server, string head, byte[] body, bool halfClose = false, bool afterContinue = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var socket = client.Client;
        var expect = afterContinue ? "\r\nExpect: 100-continue" : "";
        await socket.SendAsync(Encoding.Latin1.GetBytes(head.TrimEnd() + expect + "\r\nConnection: close\r\n\r\n"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        if (afterContinue)
        {
            while (!Encoding.Latin1.GetString(received.ToArray()).Contains("100 Continue\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0) throw new InvalidOperationException("The server closed the connection before 100 Continue.");
                received.Write(buffer, 0, read);
            }
            received.SetLength(0);
        }
        if (body.Length > 0) await socket.SendAsync(body);
        if (halfClose) socket.Shutdown(SocketShutdown.Send);

        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0) received.Write(buffer, 0, read);
        }
        catch (SocketException)
        {
            // The server reset the connection: what arrived before is the answer.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }

    public static int StatusOf(string response) =>
        response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(response.AsSpan(9, 3)) : 0;

    public static string BodyOf(string response)
    {
        var start = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return start < 0 ? "" : response[(start + 4)..];
    }
}
