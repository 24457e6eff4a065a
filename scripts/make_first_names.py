#!/usr/bin/env python3
"""Build kb/data/prenoms.txt, the first names that the personal-data check knows, from the
dictionary of first names by Jörg Michael (« nam_dict.txt », GNU Free Documentation License 1.2
or later), as shipped in the PyPI package gender-guesser 0.4.0 (gender_guesser/data/nam_dict.txt).

    .venv/bin/pip download --no-deps -d /tmp/gg gender-guesser==0.4.0 && unzip -o /tmp/gg/*.whl -d /tmp/gg
    .venv/bin/python scripts/make_first_names.py /tmp/gg/gender_guesser/data/nam_dict.txt

The dictionary rates how common each name is in 54 countries (1 = rare … 13 = extremely common).
A name is kept when it is given in France (or in Belgium, Luxembourg, Switzerland) or is common
among the countries that most families met by French social services come from or whose names
are given in France (the Maghreb and Middle East, Turkey, Portugal, Spain, Italy, the
English-speaking world…), plus a short list of names given in France since 2008 or in West and
Central Africa (the dictionary predates them or has no column for them), written out below.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kb" / "data" / "prenoms.txt"

# country column -> the least frequency that keeps a name
THRESHOLDS = {"France": 1, "Belgium": 2, "Luxembourg": 3, "Swiss": 4, "Arabia/Persia": 3, "Turkey": 4,
              "Portugal": 4, "Spain": 5, "Italy": 5, "Great Britain": 5, "U.S.A.": 5, "Ireland": 6,
              "Romania": 5, "Poland": 6, "Russia": 6, "Albania": 5, "Serbia": 6, "Kosovo": 5, "Vietnam": 6,
              "China": 8, "India/Sri Lanka": 6, "Armenia": 5, "Georgia": 6,
              "Ukraine": 5}

# Names given in France that the 2008 dictionary misses or cannot rate (no African column);
# checked against the dictionary at build time (only the missing ones are added).
EXTRA = """
Aaliyah Abdou Abdoulaye Adama Aïssatou Aminata Amadou Awa Bakary Binta Boubacar Cheikh Coumba Demba
Djeneba Fanta Fatou Fatoumata Fodé Hawa Ibrahima Issa Kadiatou Kadidia Kadidiatou Lamine Mamadou Mariama
Mariam Moussa Modibo Ndeye Ousmane Oumar Oumou Rokia Sekou Seydou Souleymane Tidiane Yacouba
Assa Astou Djibril Fatimata Mahamadou Maimouna Maïmouna Ramata Salif Sira Sidiki Sokhna
Kylian Kilian Killian Timéo Timéo Mathéo Nolan Noah Nathan Evan Ethan Lenny Lény Kenzo Sacha Maël Mael Naël
Nael Ilyes Ilyès Ilian Elyes Eden Gabin Léna Lena Jade Lina Lou Mia Alba Ambre Romy Inaya Ayline Maëlys Maelys
Maëlle Kenza Shaïna Shaina Ninon Thaïs Maya Louna Lya Lyna Célya Lilou Lyam Liam Kaïs Kais Rayan Rayane Ilyana
Wassim Imran Amir Adam Yanis Yannis Younes Youssef Ayoub Anas Aya Assia Yasmine Nour Nora Sofiane Bilal Mehdi
Sirine Syrine Dounia Naïm Naim Walid Zakaria Zakariya Soumaya Chaïma Chaima Meryem Rania Israa Sabrina Jessica
Dylan Brandon Kévin Anthony Steven Jason Jérémy Mickaël Johan Jonathan Jordan Loïc Cindy Océane Laurine Manon
Abdelkader Alassane Assetou Aïssata Besart Bintou Dieynaba Djamel Hadja Hafsa Hanane Houria Ilyan Imane Ismaël
Kadidja Khady Latifa Lorik Loris Mame Mathis Mathys Matis Maïssa Meriem Modou Nafissatou Nawel Nordine Néné
Rachida Ramatoulaye Redouane Salimata Sihem Sohan Warren Wiam Yohan Zineb Noa Noam Lyes Nolhan Ayden Aylan Maddie
""".split() + """
Louane Louanne Lou-Anne Lenny Kayla Kaylee Maëline Nélia Lyana Elyna Alya Ayla Mayssa Kaïna Thiago Tiago Nolann
Marceau Soan Kenzi Eliott Ewen Ilan Milhan Mylan Younès Iyad Apolline Anaëlle Maëlya Kélya Maïwenn Nahia Élya
Naëlle Shanna Sohane Assya Maryam Nélya Jannah Aylin Djena Lyana Maïssane Anya Ayana Eyden Izïa Kessy Lyna
Fritznel Wilner Woodly Wideline Mackenson Jameson Wesner Widlyne Ricardo Jocelin
Blessing Precious Favour Chidinma Chukwuemeka Oluwaseun Adebayo Ngozi Chioma Emeka Tochukwu Osagie Osas Efosa
Nadjati Nassuf Anrafa Toiyfa Zalifa Anli Soilihi Ansufati Nasra Moinécha Faïza Roukia Echati Zaïnaba
Zelimkhan Magomed Ramzan Movsar Khadijat Aslanbek Khamzat Zaurbek Madina Zarema
Berfin Rojda Zelal Dilan Baran Rojin Şilan Azad Berivan Delal Jiyan Rojhat Newroz Hêvîn
Zabihullah Habibullah Shafiq Najibullah Hamidullah Rahmatullah Nasrullah Wahidullah Sayed Ahmadullah Samiullah
Ionut Florin Nicu Bogdan Dorin Sorin Lavinia Mirela Florentina Costel Marius Ionela
Tsiry Tahina Hery Haja Fanja Voahirana Andry Mialy
Tharshan Thanushan Kavitha Nirosha Sivakumar Thusyanthan Kajan Mathuran
Arben Besnik Dritan Ermal Fatjon Jonida Klodiana Arlind Erion Kejsi Arbër
Giorgi Levan Nodar Tamari Davit Nino Mariam
Mykola Taras Bohdan Dmytro Artem Kateryna Nastia Oksana Yulia Viktoriia
Massinissa Idir Tafsut Yuba Kahina Meziane Mokrane Lounes Aksil Amayas Tinhinane Dihya Ghiles Syphax
Xiuying Huong Linh Minh Tuan Thanh Wei Jing Ying Zhang
Koffi Kouassi Kouadio Yao Adjoua Akissi Aya Affoué Kofi Kwame
""".split()

_LINE = re.compile(r"^(?P<gender>[MF?=1][MF]?)\s+(?P<name>[^ ]+(?: [^ ]+)?)\s")


def columns(lines: list[str]) -> dict[str, int]:
    """Country -> column, read from the dictionary's own header (a name over a « | »)."""
    found = {}
    for index, line in enumerate(lines[:400]):
        match = re.match(r"#(\s+)\|", line)
        if match:
            found[lines[index - 1][1:].strip().rstrip("$").strip()] = len(match.group(1)) + 1
    return found


def main() -> int:
    source = Path(sys.argv[1])
    lines = source.read_text(encoding="utf-8").replace("\r", "").split("\n")
    where = columns(lines)
    kept: set[str] = set()
    for line in lines:
        if not line or line[0] in "#=" or (len(line) > 29 and line[29] == "+"):
            continue
        name = line[3:29].strip()
        if " " in name or "+" in name or len(name) < 3:
            continue
        for country, least in THRESHOLDS.items():
            cell = line[where[country]] if len(line) > where[country] else " "
            if cell.strip() and int(cell, 16) >= least:
                kept.add(unicodedata.normalize("NFC", name))
                break
    added = sorted(set(EXTRA) - kept)
    kept |= set(EXTRA)
    header = (
        "# Prénoms connus du contrôle des données personnelles (kb/checks/names.py), un par ligne.\n"
        "# Source : « nam_dict.txt » de Jörg Michael (2007-2008), distribué dans le paquet PyPI\n"
        "# gender-guesser 0.4.0 ; licence GNU Free Documentation License 1.2 ou ultérieure (sans section\n"
        "# invariante) : cette liste, qui en est extraite, est publiée sous la même licence.\n"
        "# Extraction : scripts/make_first_names.py (prénoms donnés en France, Belgique, Luxembourg, Suisse,\n"
        "# ou courants dans les pays d'origine des familles rencontrées).\n"
        f"# Ajoutés à la main (absents du dictionnaire de 2008) : {len(added)} prénoms.\n")
    OUT.write_text(header + "\n".join(sorted(kept, key=str.casefold)) + "\n", encoding="utf-8")
    print(f"{len(kept)} prénoms écrits dans {OUT} ({len(added)} ajoutés à la main)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
