using System.Net;
using System.Net.Sockets;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>A loopback port free right now, for a server the test starts itself or tells the portal about.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
