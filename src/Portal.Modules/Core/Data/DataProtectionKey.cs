namespace Portal.Modules.Core.Data;

/// <summary>A Data Protection key, kept in the database so every web node reads the same cookies, tokens and encrypted fields.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
