import sharp from "sharp";

// Lead images for the demo stories, drawn as SVG and rasterised here, so the
// demo ships no photographs of real people or places. They go through the same
// upload path as a newsroom's photos (processImage, then storeImage).

export const SCENE_WIDTH = 1600;
export const SCENE_HEIGHT = 900;

function svg(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}"><defs>${defs}</defs>${body}</svg>`;
}

function linear(id: string, stops: string[], vertical = true): string {
  const step = 100 / (stops.length - 1);
  const offsets = stops.map((color, index) => `<stop offset="${(index * step).toFixed(1)}%" stop-color="${color}"/>`).join("");
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${offsets}</linearGradient>`;
}

/** A sugar palm, the tree of the Cambodian countryside: a thin trunk and a round crown of fronds. */
function sugarPalm(x: number, ground: number, height: number, color: string): string {
  const top = ground - height;
  const fronds = Array.from({ length: 14 }, (_, index) => {
    const angle = (index / 14) * Math.PI * 2;
    const length = height * 0.22;
    const endX = x + Math.cos(angle) * length;
    const endY = top + Math.sin(angle) * length * 0.8;
    return `<path d="M${x} ${top} Q${(x + endX) / 2} ${top - length * 0.25} ${endX.toFixed(1)} ${endY.toFixed(1)}" stroke="${color}" stroke-width="${(height * 0.018).toFixed(1)}" fill="none" stroke-linecap="round"/>`;
  }).join("");
  return `<path d="M${x - 5} ${ground} L${x - 2} ${top} L${x + 2} ${top} L${x + 5} ${ground} Z" fill="${color}"/>${fronds}`;
}

function stiltHouse(x: number, water: number, color: string): string {
  return (
    `<rect x="${x}" y="${water - 120}" width="150" height="70" fill="${color}"/>` +
    `<path d="M${x - 20} ${water - 118} L${x + 75} ${water - 175} L${x + 170} ${water - 118} Z" fill="${color}"/>` +
    [12, 55, 95, 136].map((offset) => `<rect x="${x + offset}" y="${water - 52}" width="6" height="60" fill="${color}"/>`).join("")
  );
}

const SCENES = {
  riverDusk: () =>
    svg(
      linear("sky", ["#2b1b4a", "#a2456b", "#f28a4b", "#ffd27f"]) +
        linear("water", ["#6e3a5e", "#2a1f3d", "#141026"]) +
        `<radialGradient id="sun" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#fff3c4"/><stop offset="100%" stop-color="#ffb347" stop-opacity="0"/></radialGradient>`,
      `<rect width="1600" height="560" fill="url(#sky)"/>` +
        `<circle cx="1040" cy="520" r="190" fill="url(#sun)"/><circle cx="1040" cy="530" r="70" fill="#ffe7a3"/>` +
        `<rect y="540" width="1600" height="360" fill="url(#water)"/>` +
        [0, 1, 2, 3, 4, 5, 6].map((row) => `<rect x="${960 - row * 12}" y="${570 + row * 38}" width="${160 + row * 24}" height="5" rx="2" fill="#ffd27f" opacity="${0.7 - row * 0.09}"/>`).join("") +
        stiltHouse(120, 560, "#1d1430") +
        stiltHouse(330, 556, "#22183a") +
        sugarPalm(560, 545, 260, "#1d1430") +
        sugarPalm(1420, 548, 300, "#1d1430") +
        `<path d="M520 720 Q760 770 1000 720 L980 745 Q760 790 540 745 Z" fill="#0c0817"/>` +
        `<path d="M700 718 L706 640 L716 640 L722 718 Z" fill="#0c0817"/><circle cx="711" cy="628" r="13" fill="#0c0817"/>` +
        `<path d="M716 660 L860 700" stroke="#0c0817" stroke-width="6"/>`,
    ),
  radioMic: () =>
    svg(
      linear("bg", ["#0d1b2a", "#1b3a5c", "#24527a"]) + linear("metal", ["#e0e6ee", "#8a99ad", "#4a5a70"], false),
      `<rect width="1600" height="900" fill="url(#bg)"/>` +
        [1, 2, 3, 4, 5].map((ring) => `<circle cx="800" cy="330" r="${150 + ring * 90}" fill="none" stroke="#5fb3ff" stroke-width="${10 - ring}" opacity="${0.55 - ring * 0.08}"/>`).join("") +
        `<rect x="700" y="150" width="200" height="330" rx="100" fill="url(#metal)"/>` +
        [0, 1, 2, 3, 4, 5].map((line) => `<rect x="715" y="${215 + line * 40}" width="170" height="10" rx="5" fill="#3a4a60" opacity="0.6"/>`).join("") +
        `<path d="M650 390 Q650 560 800 560 Q950 560 950 390" fill="none" stroke="#c8d2de" stroke-width="22"/>` +
        `<rect x="788" y="560" width="24" height="200" fill="#c8d2de"/><rect x="660" y="750" width="280" height="30" rx="15" fill="#9aa8b8"/>` +
        `<circle cx="1340" cy="150" r="34" fill="#ff4d4d"/><circle cx="1340" cy="150" r="60" fill="#ff4d4d" opacity="0.25"/>`,
    ),
  communeHall: () =>
    svg(
      linear("sky", ["#8ecae6", "#d7eef7", "#fbf4e4"]) + linear("ground", ["#d9b77a", "#b88a4e"]),
      `<rect width="1600" height="900" fill="url(#sky)"/><rect y="640" width="1600" height="260" fill="url(#ground)"/>` +
        sugarPalm(170, 650, 380, "#3d5a40") +
        sugarPalm(1450, 650, 420, "#3d5a40") +
        `<path d="M430 380 L800 170 L1170 380 Z" fill="#b5452f"/><path d="M520 300 L800 120 L1080 300 Z" fill="#c75b3c"/>` +
        `<path d="M800 120 L800 70" stroke="#e0a030" stroke-width="10"/>` +
        `<rect x="470" y="380" width="660" height="24" fill="#8c3322"/>` +
        [500, 640, 780, 920, 1060].map((x) => `<rect x="${x}" y="404" width="36" height="236" fill="#f2e6cf"/>`).join("") +
        `<rect x="450" y="630" width="700" height="30" fill="#e8dcc4"/>` +
        [0, 1, 2].map((row) => [0, 1, 2, 3, 4, 5, 6, 7].map((seat) => `<rect x="${560 + seat * 62}" y="${540 + row * 30}" width="40" height="22" rx="4" fill="#3f6fb5" opacity="0.85"/>`).join("")).join(""),
    ),
  factoryDawn: () =>
    svg(
      linear("sky", ["#f7c59f", "#f4a261", "#e76f51"]) + linear("wall", ["#5b6770", "#3b444b"]),
      `<rect width="1600" height="900" fill="url(#sky)"/><circle cx="1250" cy="330" r="120" fill="#ffe8c2" opacity="0.9"/>` +
        `<rect y="470" width="1600" height="430" fill="url(#wall)"/>` +
        [0, 1, 2, 3, 4, 5, 6, 7].map((bay) => `<path d="M${bay * 200} 470 L${bay * 200 + 160} 330 L${bay * 200 + 160} 470 Z" fill="#4a545c"/><rect x="${bay * 200 + 150}" y="340" width="10" height="130" fill="#a7c4d9" opacity="0.7"/>`).join("") +
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((window) => `<rect x="${60 + window * 150}" y="540" width="90" height="60" fill="#ffd59e" opacity="0.75"/>`).join("") +
        `<rect x="650" y="690" width="300" height="210" fill="#2a3035"/><rect x="0" y="860" width="1600" height="40" fill="#1f2428"/>` +
        [0, 1, 2, 3, 4, 5].map((person) => `<circle cx="${420 + person * 60}" cy="${805 - (person % 2) * 6}" r="14" fill="#1a1d20"/><rect x="${408 + person * 60}" y="${822 - (person % 2) * 6}" width="24" height="40" rx="8" fill="#1a1d20"/>`).join(""),
    ),
  riceSolar: () =>
    svg(
      linear("sky", ["#5fa8d3", "#bfe3f2"]) + linear("field", ["#9bc53d", "#5b8c2a", "#3e6b1f"]),
      `<rect width="1600" height="900" fill="url(#sky)"/><rect y="470" width="1600" height="430" fill="url(#field)"/>` +
        [0, 1, 2, 3, 4, 5].map((band) => `<path d="M0 ${500 + band * 70} Q800 ${470 + band * 80} 1600 ${500 + band * 70}" stroke="#c9e27a" stroke-width="4" fill="none" opacity="0.6"/>`).join("") +
        sugarPalm(240, 480, 300, "#2f4f1f") +
        sugarPalm(330, 482, 250, "#2f4f1f") +
        sugarPalm(1480, 478, 280, "#2f4f1f") +
        `<path d="M860 440 L1180 400 L1240 560 L920 600 Z" fill="#1f3b73"/>` +
        [1, 2, 3].map((line) => `<path d="M${860 + line * 80} ${440 - line * 10} L${920 + line * 80} ${600 - line * 10}" stroke="#8fb4ff" stroke-width="3"/>`).join("") +
        `<path d="M890 520 L1210 480" stroke="#8fb4ff" stroke-width="3"/><rect x="1040" y="580" width="14" height="120" fill="#555"/>` +
        `<rect x="700" y="650" width="70" height="50" rx="6" fill="#d9d9d9"/><path d="M770 670 Q860 640 900 720" stroke="#6ec6ff" stroke-width="14" fill="none" stroke-linecap="round"/>`,
    ),
  printingPress: () =>
    svg(
      linear("bg", ["#3b2f2f", "#5c4033", "#2b2222"]) + linear("steel", ["#9ea7ad", "#5f676d"]),
      `<rect width="1600" height="900" fill="url(#bg)"/>` +
        `<rect x="300" y="520" width="1000" height="260" rx="20" fill="#2a2a2a"/>` +
        [480, 800, 1120].map((x) => `<circle cx="${x}" cy="460" r="120" fill="url(#steel)"/><circle cx="${x}" cy="460" r="40" fill="#3a3f44"/>`).join("") +
        `<path d="M200 330 L1400 330 L1400 360 L200 360 Z" fill="#f3eee2"/>` +
        [0, 1, 2, 3, 4].map((sheet) => `<rect x="${1180 + sheet * 6}" y="${700 - sheet * 14}" width="260" height="12" fill="#f7f2e6" opacity="${0.95 - sheet * 0.1}"/>`).join("") +
        `<rect x="0" y="780" width="1600" height="120" fill="#1c1616"/><circle cx="1500" cy="120" r="70" fill="#ffcf7a" opacity="0.25"/>`,
    ),
  microfinance: () =>
    svg(
      linear("bg", ["#264653", "#2a9d8f"]) + linear("coin", ["#ffe08a", "#e9b949", "#b8860b"], false),
      `<rect width="1600" height="900" fill="url(#bg)"/>` +
        [0, 1, 2, 3, 4, 5, 6, 7].map((line) => `<rect x="980" y="${200 + line * 70}" width="440" height="6" fill="#e9f5f2" opacity="0.35"/>`).join("") +
        `<rect x="940" y="150" width="520" height="620" rx="12" fill="none" stroke="#e9f5f2" stroke-width="6" opacity="0.5"/>` +
        [
          [380, 9],
          [620, 14],
          [820, 6],
        ]
          .map(([x = 0, count = 0]) => Array.from({ length: count }, (_, coin) => `<ellipse cx="${x}" cy="${760 - coin * 34}" rx="110" ry="34" fill="url(#coin)" stroke="#8a6508" stroke-width="3"/>`).join(""))
          .join(""),
    ),
  library: () =>
    svg(
      linear("wall", ["#f1e3c8", "#e0c9a0"]) + linear("light", ["#fff8dc", "#f6d68b"]),
      `<rect width="1600" height="900" fill="url(#wall)"/><rect x="1150" y="120" width="320" height="420" fill="url(#light)"/>` +
        `<path d="M1310 120 L1310 540 M1150 330 L1470 330" stroke="#c9a86a" stroke-width="10"/>` +
        [0, 1, 2].map((shelf) => `<rect x="100" y="${300 + shelf * 200}" width="960" height="16" fill="#7a4e2d"/>`).join("") +
        [0, 1, 2]
          .map((shelf) =>
            Array.from({ length: 22 }, (_, book) => {
              const colors = ["#b5452f", "#2a6f97", "#e9c46a", "#2a9d8f", "#6d597a", "#e76f51"];
              const height = 120 + ((book * 37 + shelf * 11) % 50);
              return `<rect x="${110 + book * 43}" y="${300 + shelf * 200 - height}" width="36" height="${height}" fill="${colors[(book + shelf) % colors.length]}"/>`;
            }).join(""),
          )
          .join(""),
    ),
  fieldKit: () =>
    svg(
      linear("desk", ["#caa472", "#a67c48"]) + linear("lens", ["#4a6fa5", "#101820"]),
      `<rect width="1600" height="900" fill="url(#desk)"/>` +
        `<rect x="180" y="180" width="520" height="620" rx="16" fill="#fbf8f0" transform="rotate(-6 440 490)"/>` +
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((line) => `<rect x="230" y="${260 + line * 52}" width="${380 - (line % 3) * 60}" height="6" fill="#9fb3c8" transform="rotate(-6 440 490)"/>`).join("") +
        `<rect x="760" y="330" width="190" height="22" rx="11" fill="#1d3557" transform="rotate(28 855 341)"/>` +
        `<rect x="960" y="300" width="480" height="320" rx="36" fill="#22262a"/><rect x="1040" y="260" width="140" height="60" rx="12" fill="#22262a"/>` +
        `<circle cx="1200" cy="460" r="120" fill="#111"/><circle cx="1200" cy="460" r="88" fill="url(#lens)"/><circle cx="1170" cy="430" r="22" fill="#ffffff" opacity="0.35"/>`,
    ),
} satisfies Record<string, () => string>;

export type DemoSceneKey = keyof typeof SCENES;

/** The scene as a JPEG, as a camera or an illustrator would hand it over. */
export async function renderDemoScene(scene: DemoSceneKey): Promise<Buffer> {
  return sharp(Buffer.from(SCENES[scene]())).jpeg({ quality: 90 }).toBuffer();
}
