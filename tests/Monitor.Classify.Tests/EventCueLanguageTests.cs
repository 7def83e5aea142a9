using Monitor.Classify.Tests.Support;

namespace Monitor.Classify.Tests;

/// <summary>
/// French, Italian and Arabic cues for meetings, agreements, visits, trainings, handovers and joint operations; and
/// future statements ("seront déployés", "sarà consegnato", "سيتم تسليم") that announce an act rather than report it.
/// </summary>
public class EventCueLanguageTests
{
    [Theory]
    [InlineData("meeting", "Les ministres de l'Intérieur tunisien et libyen se sont réunis mardi au poste frontalier de Ras Jedir sur la sécurité de la frontière et la contrebande.")]
    [InlineData("meeting", "I ministri dell'Interno italiano e libico si sono incontrati martedì a Tripoli per discutere del contrasto al traffico di migranti.")]
    [InlineData("meeting", "اجتمع وزير الداخلية الليبي مع السفير الإيطالي لبحث مكافحة تهريب المهاجرين وتأمين الحدود.")]
    [InlineData("meeting", "La commission mixte algéro-libyenne a tenu mercredi à Alger sa troisième session du comité sur la sécurité de la frontière et la contrebande.")]
    [InlineData("meeting", "Si è svolta ieri a Roma la riunione della commissione mista italo-libica sul contrasto al traffico di migranti.")]
    [InlineData("agreement", "Les ministres de l'Intérieur libyen et italien ont signé mardi un mémorandum d'entente sur la lutte contre le trafic de migrants.")]
    [InlineData("agreement", "Il ministro dell'Interno italiano e il suo omologo libico hanno firmato un memorandum d'intesa contro il traffico di migranti.")]
    [InlineData("training", "Vingt officiers libyens ont suivi à Tripoli un cours de formation dispensé par des experts italiens sur la lutte contre le trafic de migrants.")]
    [InlineData("aid_equipment", "L'ambassadeur d'Italie a remis mardi aux garde-côtes libyens des équipements de surveillance pour lutter contre le trafic de migrants.")]
    [InlineData("joint_operation", "Le guardie costiere libiche e italiane hanno condotto pattugliamenti congiunti contro il traffico di migranti al largo di Zuara.")]
    public void Recognises_French_Italian_And_Arabic_Cues(string expected, string lead)
    {
        var result = TestClassifier.Article("Libye : coopération sécuritaire avec un partenaire", lead);

        Assert.True(result.Relevant);
        Assert.Contains(result.EventTypes, e => e.Id == expected);
    }

    [Theory]
    [InlineData("Les ministres de l'Intérieur tunisien et libyen se sont réunis mardi à Ras Jedir sur la sécurité de la frontière. Côté tunisien, de nouveaux équipements de contrôle seront déployés aux postes libyens.")]
    [InlineData("I ministri dell'Interno italiano e libico si sono incontrati martedì a Tripoli sul traffico di migranti. Sarà consegnato un nuovo pattugliatore alla Guardia costiera libica con i mezzi italiani.")]
    [InlineData("اجتمع وزير الداخلية الليبي مع السفير التونسي لبحث تأمين الحدود. وسيتم تسليم معدات مراقبة جديدة للجانب الليبي.")]
    public void Future_Handover_Does_Not_Outweigh_The_Reported_Meeting(string lead)
    {
        var result = TestClassifier.Article("Libye : réunion sur la sécurité des frontières", lead);

        Assert.Equal("meeting", result.EventTypes[0].Id);
        Assert.DoesNotContain(result.EventTypes, e => e.Id == "aid_equipment");
    }
}
