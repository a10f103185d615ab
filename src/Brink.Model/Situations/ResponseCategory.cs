namespace Brink.Model.Situations;

/// <summary>The escalation ladder of the situation contract, lowest to highest. The order is the ladder's.</summary>
public enum ResponseCategory
{
    /// <summary>Negotiate, accept a ceasefire or deal, suspend or roll back.</summary>
    Concede,

    /// <summary>Rhetoric and threats only; strategic patience.</summary>
    Restrain,

    /// <summary>Domestic repression, internet shutdown.</summary>
    Crackdown,

    /// <summary>Nuclear-programme escalation or less IAEA access.</summary>
    Nuclear,

    /// <summary>Proxy, covert or deniable attack.</summary>
    Deniable,

    /// <summary>Overt but limited, telegraphed or non-lethal action.</summary>
    LimitedOvert,

    /// <summary>Large-scale overt military escalation.</summary>
    Major,
}
