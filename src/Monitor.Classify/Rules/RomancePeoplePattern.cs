using System.Buffers;
using System.Text.RegularExpressions;

namespace Monitor.Classify.Rules;

/// <summary>
/// French and Italian titles, lower case in running text, with their complement and nationality before the name:
/// "le ministre libyen de l'Intérieur, Imad Trabelsi", "il ministro dell'Interno Matteo Piantedosi",
/// "l'ambasciatore d'Italia Gianluca Alberini". The complement is a closed grammar (connectors, nationality-like
/// adjectives, office nouns) so that a verb in between ("il ministro ha incontrato Khaled Mazen") breaks the match.
/// </summary>
internal static class RomancePeoplePattern
{
    private const string Word = @"\p{L}[\p{L}'’-]*";

    /// <summary>Capitalised nouns of an office's complement; a name never starts with one.</summary>
    private const string OfficeNoun =
        @"(?:Intérieur|Interno|Interni|Affaires|Affari|[EÉ]trang[eè]res|Esteri|Défense|Difesa|Justice|Giustizia|Armées|" +
        @"Sécurité|Sicurezza|Police|Polizia|Marine|Marina|Migrations?|Frontières|Frontiere|Coopération|Cooperazione|" +
        @"Renseignement|Intelligence|Garde|Guardia|Gendarmerie|Carabinieri|Finanza|Douanes?|Dogane|Ambassade|Ambasciata|" +
        @"Union|Unione|Europe|Europa|État|Stato|Nations|Nazioni|Unies|Unite|Gouvernement|Governo|Conseil|Consiglio)(?![\p{L}])";

    /// <summary>Nationality-like adjectives by their endings, and the few office adjectives titles take.</summary>
    private const string Adjective =
        @"(?:\p{Ll}+(?:[iy]ens?|[iy]ennes?|éens?|éennes?|ais|aises?|ois|oises?|ains?|aines?|ano|ana|ani|ane|ese|esi|ico|ica|ici|iche|ino|ina|ini|ine)|" +
        @"délégu[ée]e?|adjointe?|aggiunt[oa]|vice|régionale?|regionale|générale?|generale|nationale?|nazionale|" +
        @"plénipotentiaire|plenipotenziari[oa]|straordinari[oa]|extraordinaire|intérimaire|sortante?|uscente|chargée?|" +
        @"incaricat[oa]|étrang[eè]res?|costiera|côtière|maritime|marittim[oa]|militaire|militare|en\s+chef|in\s+capo|" +
        @"par\s+intérim|ad\s+interim)(?![\p{L}])";

    private const string Connector = @"(?:de|des|du|di|del|della|dello|degli|dei|delle|per|pour|aux|ai|agli|alla|alle)";
    private const string Elided = @"(?:d|l|dell|all|dall|nell|sull|de\s+l|à\s+l)['’]";
    private const string Unit =
        @"\s+(?:" + Adjective + "|" + Connector + @"\s+(?:(?:la|le|les)\s+)?(?:l['’])?" + Word + "|" + Elided + Word + "|" + OfficeNoun + ")";

    private const string NameWord = @"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*";
    private const string Particle = @"(?:al|el|Al|El|bin|ben|Ben|ibn|abu|Abu|de|di|da|del|van|von)";
    private const string Name = NameWord + @"(?:\s+(?:" + Particle + @"[\s-])?" + NameWord + "){1,3}";

    public static PeoplePattern? Build(IEnumerable<string> titles)
    {
        var list = titles.Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
        if (list.Length == 0)
        {
            return null;
        }

        var alternation = string.Join('|', list.Select(Regex.Escape));
        var pattern =
            $@"(?<![\p{{L}}])(?<title>(?i:{alternation}))(?:{Unit}){{0,8}}?(?:\s*,)?\s+" +
            $@"(?<name>(?!{OfficeNoun})(?!(?:Le|La|Les|Il|Lo|Gli|Un|Une|Uno)\s){Name})(?![\p{{L}}])";
        var (plain, accented) = Prefilter(list);
        return new PeoplePattern(
            new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, PeoplePattern.MatchTimeout),
            NameHoldsNoTerm: true,
            SearchValues.Create(plain, StringComparison.Ordinal),
            accented.Length > 0 ? SearchValues.Create(accented, StringComparison.Ordinal) : null);
    }

    /// <summary>
    /// The words the prefilter looks for: a title without its first letter ("inistre") covers "ministre" and
    /// "Ministre" with one case-sensitive ASCII search, several times faster than an ignore-case one; a short title
    /// ("chef", "capo") is looked for whole in both cases so that "chief" and "weapons" do not wake the regex.
    /// </summary>
    private static (string[] Plain, string[] Accented) Prefilter(string[] titles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            if (title.Length >= 6)
            {
                words.Add(title[1..]);
            }
            else
            {
                words.Add(title);
                words.Add(char.ToUpperInvariant(title[0]) + title[1..]);
            }
        }

        return (words.Where(w => w.All(char.IsAscii)).ToArray(), words.Where(w => !w.All(char.IsAscii)).ToArray());
    }
}
