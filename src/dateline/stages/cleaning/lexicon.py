"""Page-furniture vocabulary in several languages (en, fr, es, de, it, pt, nl).

These are word classes, not remembered lines: a scraped line made only of widget words
(plus filler such as "this", "cet", "article") is furniture, whatever its exact wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _terms(text: str) -> tuple[str, ...]:
    """Comma-separated terms (multi-word phrases allowed) as a tuple."""
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _words(text: str) -> frozenset[str]:
    """White-space-separated words as a set."""
    return frozenset(text.split())


#: Widget vocabulary by the reason recorded when a line is made only of it.
WIDGET_TERMS: dict[str, tuple[str, ...]] = {
    "comment widget": _terms(
        "comment, comments, commenter, commentez, commentaire, commentaires, réagir, réagissez,"
        "réactions, reply, replies, répondre, comentario, comentarios, comentar, kommentar,"
        "kommentare, kommentieren, commento, commenti, commentare, comentários, reacties"
    ),
    "subscription": _terms(
        "newsletter, newsletters, abonnez-vous, abonnez vous, s'abonner, abonnement, abonner,"
        "subscribe, subscription, sign up, inscrivez-vous, s'inscrire, inscription, suscríbete,"
        "suscribirse, suscripción, abonnieren, abonnement, iscriviti, iscrizione, assine, donate,"
        "faire un don, soutenez-nous, support us, follow us, suivez-nous, síguenos, folgen sie uns,"
        "seguici"
    ),
    "share widget": _terms(
        "share, shares, sharing, partager, partagez, partage, partages, compartir, comparte,"
        "compartilhar, teilen, condividi, condividere, delen, tweet, tweeter, retweet, facebook,"
        "twitter, x, whatsapp, telegram, linkedin, reddit, pinterest, tumblr, flipboard, messenger,"
        "viber, vkontakte, pocket, mail, email, e-mail, courriel, print friendly, printer friendly,"
        "printer-friendly, printable version, version imprimable, print, printer,"
        "imprimer, imprimir, drucken, stampa, stampare, pdf, kindle, send to, send, envoyer,"
        "envoyer à, enviar, senden, invia, copy link, copier le lien, copiar enlace, link kopieren,"
        "copia link, bookmark, favoris, like, j'aime, me gusta, gefällt mir, mi piace, save,"
        "sauvegarder, listen, écouter, escuchar, anhören, ascolta, audio"
    ),
    "related links": _terms(
        "read more, read also, also read, see also, related, related articles, related stories,"
        "more on this, more stories, recommended, lire aussi, à lire aussi, lire également,"
        "à lire également, lire la suite, voir aussi, sur le même sujet, articles similaires,"
        "dans la même rubrique, leer más, lee también, lea también, ver también, relacionados,"
        "lesen sie auch, weiterlesen, mehr zum thema, auch interessant, leggi anche,"
        "continua a leggere, articoli correlati, leia também, lees ook, tags, tag, mots-clés,"
        "mots clés, étiquettes, etiquetas, schlagwörter, most read, les plus lus, trending,"
        "à la une, top stories"
    ),
    "advertising": _terms(
        "advertisement, advertising, sponsored, publicité, sponsorisé, contenu sponsorisé,"
        "publicidad, anzeige, werbung, pubblicità, publicidade"
    ),
    "navigation": _terms(
        "home, accueil, inicio, startseite, menu, search, rechercher, recherche, buscar, suche,"
        "cerca, login, log in, sign in, connexion, se connecter, mon compte, my account, register,"
        "back to top, retour en haut, haut de page, skip to content, aller au contenu, next,"
        "previous, suivant, précédent, siguiente, anterior, weiter, zurück, successivo, precedente,"
        "latest news, breaking news, dernières nouvelles, dernière minute, actualités,"
        "últimas noticias, nachrichten, ultime notizie, video, vidéo, vidéos, videos, photos,"
        "podcast, podcasts, live, direct, en direct"
    ),
}

#: Words that carry no content in a widget line ("Share THIS ARTICLE", "Partager CET ARTICLE").
FILLER = _words(
    """
    a an the this that these our your my us me it on in to of for by via with and or &
    article articles story stories post page news friend friends link now here more all
    le la les l un une des du de d cet cette ces ce notre nos votre vos sur à au aux par avec et ou ici
    ami amis amie lien plus tous tout maintenant
    el los las lo una unos este esta nuestro su en y o con por para artículo noticia
    der die das den dem ein eine dieser diesen diese unser ihr auf an mit und oder für artikel
    il gli i uno questo questa nostro su con e o per articolo
    o os um uma este esta nosso no na com ou para artigo
    het een dit deze ons op met en of voor
    """
)

#: Lines that open with these words are related-link or tag lines, whatever follows.
RELATED_PREFIXES: tuple[str, ...] = _terms(
    "read more, read also, also read, see also, related, more on this, more from, lire aussi,"
    "à lire aussi, a lire aussi, lire également, à lire également, lire la suite, voir aussi,"
    "voir également, leer más, lee también, lea también, ver también, lesen sie auch,"
    "mehr zum thema, auch interessant, leggi anche, leia também, lees ook, tags, mots-clés,"
    "mots clés, étiquettes, etiquetas, schlagwörter, thèmes, sujets, topics"
)

#: Comment forms: sentences and field labels of a "leave a comment" block.
COMMENT_FORM = (
    r"adresse (?:de )?(?:messagerie|e-?mail|mail|courriel|électronique) ne sera pas publiée",
    r"e-?mail (?:address )?will not be published",
    r"dirección de correo(?: electrónico)? no será publicada",
    r"e-?mail-adresse wird nicht veröffentlicht",
    r"indirizzo (?:e-?mail|di posta) non sarà pubblicato",
    r"required fields are marked",
    r"champs (?:obligatoires|requis) sont",
    r"campos obligatorios",
    r"erforderliche felder",
    r"campi obbligatori",
    r"(?:soyez|be) (?:le premier|la première|the first) (?:à|to) (?:commenter|comment|réagir|reply)",
    r"(?:laisser|laissez|poster|publier|ajouter|écrire|rédiger) un commentaire",
    r"(?:leave|post|add|write) a (?:comment|reply)",
    r"(?:deja|dejar|escribe) un comentario",
    r"schreibe(?:n sie)? einen kommentar",
    r"lascia(?:re)? un commento",
    r"comments are (?:closed|disabled)",
    r"(?:les )?commentaires (?:sont )?(?:fermés|clos|désactivés)",
    r"comentarios (?:están )?cerrados",
    r"kommentare (?:sind )?geschlossen",
    r"(?:connectez-vous|identifiez-vous|log in|sign in|inicia sesión|melden sie sich an) "
    r"(?:pour|to|para|um) (?:réagir|commenter|comment|reply|comentar|zu kommentieren)",
    r"enregistrer mon nom",
    r"save my name",
    r"notify me of",
    r"prévenez-moi",
    r"(?:you must|vous devez) (?:be logged in|être connecté)",
    r"^\d+\s+(?:comments?|commentaires?|comentarios?|kommentare?|commenti|réactions?)$",
    r"^(?:nom|name|nombre|e-?mail|courriel|site web|site internet|website|sitio web|webseite|"
    r"commentaire|comment|comentario|kommentar|commento)\s*\*?\s*:?$",
)

COOKIE = r"\bcookies?\b"
CONSENT = (
    r"\b(?:accept\w*|consent\w*|policy|politique|paramètres|settings|preferences|préférences|continuing|"
    r"poursuivant|we use|nous utilisons|utilizamos|verwenden|utilizziamo|usamos)\b"
)
RIGHTS_RESERVED = (
    r"all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|"
    r"tutti i diritti riservati|todos os direitos reservados|reproduction (?:\w+ )*interdite|"
    r"reproduction prohibited|droits réservés"
)
#: A copyright notice: a rights phrase, or "©"/"Copyright" opening a line that has a year.
COPYRIGHT = RIGHTS_RESERVED + r"|^\W{0,3}(?:copyright|©)(?=.*\b\d{4}\b)"

#: Photo words that mark a parenthesised credit: "(AFP photo)", "(Photo d'archives)", "[Photo: X]".
PHOTO_WORDS = _terms(
    "photo, photos, foto, fotos, image, images, imagen, picture, pic, illustration, archive,"
    "archives, archivo, archiv, file, crédit, crédits, credit, credits, bild, screenshot,"
    "capture d'écran, courtesy, handout"
)
#: Words that open a caption line ("Caption: …", "Légende : …", "Sur la photo : …").
CAPTION_MARKERS = _terms(
    "photo caption, caption, légende, légende photo, sur la photo, sur notre photo, ci-dessus, pictured,"
    "above, en la foto, pie de foto, auf dem foto, bildunterschrift, didascalia, nella foto"
)
#: Photo agencies and stock libraries that end a caption line ("… / AFP", "Getty Images").
PHOTO_AGENCIES = _terms(
    "getty images, afp, reuters, ap, epa, efe, ansa, dpa, xinhua, anadolu, sipa, abaca, alamy,"
    "shutterstock, istock, wikimedia commons, wikipedia, flickr, sana, irna, tass, sputnik,"
    "ria novosti, isna, wana, ap photo, afp photo, reuters photo, maxppp, hans lucas, belga,"
    "keystone, zuma, pool"
)

#: Footers that name where the text comes from.
SOURCE_LABELS = ("source", "sources", "fuente", "fuentes", "quelle", "quellen", "fonte", "fonti", "bron")
RELAY_OPENERS = ("via",)
#: Credit words that only mean a relay inside brackets: "(avec AFP)", "(with Reuters)".
RELAY_BRACKETED = ("avec", "with", "con", "mit", "com", "met")
#: Footers that only point at the original ("Lien source", "Read the original article").
SOURCE_LINKS = (
    r"lien (?:vers (?:la |l'article )?)?(?:source|d'origine|original)",
    r"source link",
    r"article (?:d'origine|original|source|initial)",
    r"original (?:article|story|post)",
    r"(?:read|see|view) (?:the )?(?:original|full) (?:article|story|post)",
    r"(?:lire|voir) l'article (?:original|complet|d'origine)",
    r"(?:leer|ver) (?:el )?artículo original",
    r"originalartikel",
    r"articolo originale",
)
#: "This article was first published on X" and kin: X is relayed, not the outlet.
REPUBLISHED = (
    r"(?:this (?:article|story|post) (?:was )?)?(?:originally|first|initially) (?:published|appeared) "
    r"(?:on|in|at|by)\s+(?P<name>.+)",
    r"(?:cet article (?:a )?(?:été )?)?(?:publié|paru) (?:initialement|originellement|d'abord|à l'origine)"
    r" (?:sur|dans|par)\s+(?P<name>.+)",
    r"(?:republished|reproduced|reprinted) (?:with permission )?(?:from|of)\s+(?P<name>.+)",
    r"(?:republié|reproduit) (?:avec (?:l'aimable )?autorisation )?(?:de|du|depuis)\s+(?P<name>.+)",
)

#: Openers of a byline ("By Jane Roe", "Par Jean Dupont").
BYLINE_OPENERS = _terms(
    "by, par, por, von, di, door, written by, rédigé par, écrit par, reporting by, edited by,"
    "propos recueillis par, texte, text, auteur, author, autor, autore"
)

#: Words of a stand-alone date or publication line ("Publié le 3 mars 2024 à 10h").
DATE_WORDS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    janv févr avr juil déc
    lundi mardi mercredi jeudi vendredi samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    published updated posted modified last publié publiée mis jour modifié actualisé le à a h am pm
    gmt utc cet cest est edt pst bst et on at de del publicado actualizado el um uhr veröffentlicht
    aktualisiert am pubblicato aggiornato alle il ore
    min mins minute minutes read reading lecture lire temps lesezeit lettura
    """
)

#: Words that make the tail of a title an outlet name ("— RT World News", "| Le Quotidien").
MEDIA_WORDS = _words(
    """
    news nouvelles info infos information informations actu actus actualité actualités presse press
    tv télé télévision television radio times post journal daily quotidien herald tribune gazette agency
    agence média médias media magazine mag online today observer telegraph chronicle courier courrier
    monitor express mirror standard dépêche dépêches zeitung noticias noticia diario periódico giornale
    corriere notizie nachrichten rundfunk channel chaîne network broadcasting wire insider digest weekly
    hebdo hebdomadaire matin soir blog echo écho eco voice voix voz star sun globe nation independent
    indépendant républicain dispatch bulletin reporter
    """
)
#: Edition markers dropped from an outlet name ("FRENCH PRESS TV" → "Press TV").
EDITION_WORDS = _words(
    """
    english french arabic spanish german russian persian farsi turkish chinese portuguese italian urdu hindi
    japanese korean hebrew dutch français francais française anglais arabe espagnol allemand russe persan
    turc chinois portugais italien español deutsch edition édition international internacional
    """
)
#: Newsroom words closing a footer's outlet name ("Gulf Wire newsroom", "X field desk").
NEWSROOM_WORDS = _words(
    """
    newsroom desk field staff bureau rédaction team équipe correspondent correspondents reporters
    redacción redaktion redazione correspondant correspondante correspondants envoyé envoyée spécial
    spéciale corresponsal korrespondent corrispondente
    """
)
#: Short words that are words, not acronyms, in a SHOUTED name ("THE NEW YORK TIMES", but "BBC", "TV").
SHORT_WORDS = _words(
    """
    al el the of and de du des la le les di da en new sun day our big top red one all war age est sud une sur
    aux old far now hot art eye key
    """
)
#: "X avec agences", "X with AFP": the outlet, then its wire partners.
WITH_PARTNERS = r"\s+(?:avec|with|and|et|\+|con|mit)\s+(?P<partner>.+)$"
GENERIC_PARTNERS = _words("agences agencies agence agency wires agencias agenturen")

#: Section words after an acronym outlet ("RT World News" → "RT", "BBC News" → "BBC").
SECTION_WORDS = _words(
    """
    world news international online live breaking latest monde actualités actualité info infos home
    accueil politics politique business sport sports middle east africa europe asia americas opinion
    français en english arabic español deutsch
    """
)


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of literal `terms`, longest first, bounded by non-word characters."""
    ordered = sorted(set(terms), key=len, reverse=True)
    return r"(?<![\w'’-])(?:" + "|".join(re.escape(t).replace("'", "['’]") for t in ordered) + r")(?![\w'’-])"
