<#assign l = lang>
<!DOCTYPE html>
<html lang="${lang}">
<#include "head.ftl">
<body>
<#include "header.ftl">
<#assign m = messages>
<main class="container-fluid bg-light">
	<div class="row">
		<div class="col">
			<section>
			<h2>Déclaration de confidentialité</h2>
			<p>
<h3>Protection de vos données à caractère personnel</h3>
<p>Lorsque vous visitez le site web du Service public fédéral Stratégie et Appui (SPF BOSA), que vous utilisez un de ses services ou lorsque le SPF BOSA exécute certaines de ses missions légales ou d'intérêt général, il traite une série de données à caractère personnel. Le SPF BOSA considère que votre vie privée est extrêmement importante et entend dès lors vous informer le mieux possible.</p>
<p>Nous voulons également vous donner un maximum de contrôle sur ce qui se passe avec vos données à caractère personnel.</p>
<p>La présente déclaration de confidentialité est publiée par le SPF BOSA, dont le siège social est établi Boulevard Simon Bolivar 30 (WTC III), à 1000 Bruxelles, et dont le numéro d'entreprise est le 0671.516.647.</p>
<p>Si vous avez des questions sur vos données à caractère personnel ou sur la déclaration de confidentialité, vous pouvez nous contacter (voir coordonnées indiquées ci-dessous).</p>
<p>Notre politique relative à la protection des personnes à l'égard du traitement des données à caractère personnel se base sur le Règlement général sur la protection des données (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016, aussi connu sous l'abréviation RGPD.</p>
<h3>À quelles fins traitons-nous vos données à caractère personnel ?</h3>
<p>Le traitement de vos données sera justifié soit sur la base d'une mission légale ou d'une mission d'intérêt public soit sur la base de votre autorisation explicite qui vous sera demandée.</p>
<p>La plupart des traitements se font dans le cadre des missions légales reprises dans l'arrêté royal du 22 février 2017 portant création du Service public fédéral Stratégie et Appui.</p>
<p>Certaines données sont échangées avec d'autres instances pour l'exécution d'une mission légale ou d'une mission d'intérêt public.</p>
<p>Lorsque nous enregistrerons vos données par le biais du site web, pour un service en ligne ou une mission, nous vous en demanderons l'autorisation à ce moment-là lorsque ce traitement n'est pas imposé par une obligation réglementaire.</p>
<p>En cas de traitement de vos données, nous vous informerons des finalités précises et de vos droits relatifs au traitement.</p>
<h3>Cookies et fichiers de journalisation</h3>
<p>Lorsque vous visitez le site web, des « cookies » sont utilisés. Il s'agit de petites parties d'information qui sont enregistrées sur votre ordinateur par votre navigateur.</p>
<p>Les cookies sont utilisés sur ce site web pour retenir votre choix de langue, pour pouvoir vous identifier lors de votre visite au site web si cela est nécessaire pour l'utilisation d'un service, et pour recueillir des statistiques non-personnalisées relatives aux visites sur le site web.</p>
<p>Vous pouvez désactiver l'utilisation de cookies dans votre navigateur, ce qui rendra certaines parties du site web ou des services inutilisables.</p>
<p>Le cookie de session n'est valable que pendant votre visite.</p>
<p>Le cookie de votre préférence linguistique reste valable aussi longtemps que vous n'avez pas procédé à votre désinscription ou que vous n'avez pas supprimé ce cookie par le biais des configurations de gestion des cookies.</p>
<p>Lorsque vous visitez le site web, le SPF BOSA enregistre votre adresse IP, votre navigateur, votre système d'exploitation, le service externe qui vous a transféré jusqu'à ce service, ainsi que la date et l'heure auxquelles vous avez consulté chaque page. Ces informations ne sont collectées qu'à des fins statistiques et dans le but de continuer à améliorer le site web. Les données ainsi collectées ne sont en aucun cas liées aux données à caractère personnel.</p>
<p>Si d'autres données devaient être collectées sur certaines pages web du SPF BOSA, cela serait indiqué.</p>
<h3>Avec qui partageons-nous vos données ?</h3>
<p>Les données que nous traitons à votre sujet sont traitées confidentiellement. Elles sont uniquement transmises aux institutions autorisées à les recevoir.</p>
<p>Le SPF BOSA fait parfois appel à des prestataires de services qui agissent en tant que sous-traitants et qui, en cette qualité, doivent respecter le RGPD. Le SPF BOSA prévoit dans le contrat avec le sous-traitant les dispositions nécessaires afin de protéger les données à caractère personnel. Ce prestataire de services ne peut utiliser les données à d'autres fins que celles du SPF BOSA.</p>
<p>Ces prestataires de services peuvent se trouver dans des lieux situés en dehors de l'Union européenne. Dans ce cas, la protection de vos données est assurée en raison du fait que les pays dans lesquels se situent ces prestataires disposent d'une décision d'adéquation de la Commission européenne, que les destinataires se trouvent aux États-Unis d'Amérique et ont adhéré au « Privacy Shield », et que des dispositions contractuelles appropriées ont été conclues avec les destinataires.</p>
<h3>Pendant combien de temps vos données sont-elles conservées ?</h3>
<p>Les données traitées pour l'exécution d'une mission légale ou d'une mission d'intérêt public sont conservées le temps nécessaire à l'application de la législation ou à l'exécution de la mission d'intérêt public.</p>
<p>Les données traitées sur la base de votre autorisation sont conservées pendant le temps indiqué lors de l'enregistrement ou jusqu'au retrait de votre autorisation.</p>
<h3>Comment appliquer vos droits dans le cadre du RGDP ?</h3>
<p>Vous avez le droit de demander à tout moment une copie de vos données à caractère personnel pour vérifier l'exactitude des informations qui sont conservées et/ou pour les corriger ou les mettre à jour. Dans la mesure où cela n'est pas contraire à une obligation légale/d'intérêt public, votre demande sera prise en compte et traitée.<p>
<p>Vous pouvez aussi demander que vos données à caractère personnel soient totalement effacées si le traitement est basé sur votre consentement. Dans la mesure où cela n'est pas contraire à une obligation légale/d'intérêt public, votre demande sera prise en compte et traitée.</p>
<p>Si vous avez des questions ou si vous estimez que vos droits ont été violés, vous pouvez également nous le faire savoir. Pour garantir votre vie privée et votre sécurité, nous entreprendrons les démarches nécessaires pour vérifier votre identité avant que vous puissiez consulter vos données et éventuellement les corriger.</p>
<p>Le SPF BOSA dispose d'un délégué à la protection des données qui veille à la confidentialité et à la sécurité des données, ainsi qu'au respect des exigences du RGPD. Vous pouvez contacter ce délégué par e-mail à <a href="mailto:DPO@bosa.fgov.be">DPO@bosa.fgov.be</a> pour toutes vos demandes d'informations ou toutes vos questions relatives à l'exercice de vos droits en matière de protection de la vie privée.</p>
<p>Vous pouvez communiquer vos incidents et envoyer vos plaintes à <a href="mailto:privacyincident@bosa.fgov.be?subject=belgif">privacyincident@bosa.fgov.be</a></p>.</p>
			</section>
		</div>
	</div>
</main>
<#include "footer.ftl">
</body>
</html>
