using System.Net;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>Portal:Network:*</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.
/// Loopback is trusted when nothing is configured (a proxy on the same machine); configured proxies replace it. A header
/// from anyone else is ignored, so a client cannot pose as another one to the rate limiter, nor claim HTTPS.
/// </summary>
public sealed class NetworkOptions
{
    public const string Section = "Portal:Network";

    /// <summary>Addresses, e.g. <c>10.1.2.3</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR form, e.g. <c>10.1.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<System.Net.IPNetwork> Networks() => KnownNetworks.Select(n => System.Net.IPNetwork.Parse(n.Trim()));
}
