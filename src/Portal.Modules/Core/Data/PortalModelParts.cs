using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Core.Data;

/// <summary>
/// The assemblies whose <c>IEntityTypeConfiguration</c> classes make up the one shared model. They travel in the
/// context's options, not its constructor: a pooled context may take nothing but its options.
/// </summary>
public sealed class PortalModelParts(IEnumerable<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies.Distinct().ToList();

    public static PortalModelParts Of(DbContextOptions options) =>
        options.FindExtension<Extension>()?.Parts
        ?? throw new InvalidOperationException("The portal's context needs its model parts: call UsePortalModel on its options.");

    internal sealed class Extension(PortalModelParts parts) : IDbContextOptionsExtension
    {
        public PortalModelParts Parts { get; } = parts;

        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services)
        {
        }

        public void Validate(IDbContextOptions options)
        {
        }

        private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => string.Empty;

            // The parts shape the model, which EF caches per context type, not the internal services.
            public override int GetServiceProviderHashCode() => 0;

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            {
            }
        }
    }
}

public static class PortalModelOptions
{
    /// <summary>Builds the portal's context from the entity configurations of <paramref name="parts"/>.</summary>
    public static DbContextOptionsBuilder<T> UsePortalModel<T>(this DbContextOptionsBuilder<T> options, PortalModelParts parts) where T : DbContext =>
        (DbContextOptionsBuilder<T>)UsePortalModel((DbContextOptionsBuilder)options, parts);

    public static DbContextOptionsBuilder UsePortalModel(this DbContextOptionsBuilder options, PortalModelParts parts)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PortalModelParts.Extension(parts));
        return options;
    }
}
