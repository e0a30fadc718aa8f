using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>The contracts speak one vocabulary, so a rename is a compile error in every module rather than a silent mismatch.</summary>
public sealed class SharedVocabularyTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void An_order_id_is_a_guid_in_every_contract(string module)
    {
        Violations.None(VocabularyRules.OrderIdsNotGuids(Modules.Named(module).Contracts()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_postal_address_is_the_shared_record(string module)
    {
        Violations.None(VocabularyRules.AddressesBesidePostalAddress(Modules.Named(module).Contracts()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_query_is_named_get_or_list(string module)
    {
        var target = Modules.Named(module);

        Violations.None(VocabularyRules.QueriesNamedOtherThanGetOrList([target.Contracts(), target.Implementation()]));
    }
}
