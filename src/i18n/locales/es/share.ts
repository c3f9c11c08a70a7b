// Spanish: sharing a result (tú). Keys and placeholders: see ../en/share.ts.

import type { Catalog } from "../../message.ts";
import type en from "../en/share.ts";

export default {
  title: "Compartir resultados",
  intro:
    "Envía este enlace a quien te esté ayudando, por ejemplo, al servicio de asistencia de tu proveedor. Los resultados van dentro del propio enlace, después del {hash}, una parte que los navegadores nunca envían a ningún servidor.",
  supportCode: "Por teléfono, dicta en su lugar el código de soporte {code}.",
  addresses: "Tus direcciones IP en el enlace",
  "mode.masked": "Ocultarlas: mostrar solo su tipo y, en IPv4, la red a la que pertenecen",
  "mode.removed": "Quitarlas por completo",
  "mode.none": "Incluirlas (puede que el servicio de asistencia te las pida)",
  defaultNote:
    "Por defecto, tus direcciones IP se ocultan: cada una se sustituye por su tipo y, en IPv4, por su red /24 (por ejemplo, {example}).",
  linkLabel: "Enlace a los resultados",
  making: "Creando el enlace…",
  copyLink: "Copiar enlace",
  copyText: "Copiar como texto",
  shareSheet: "Compartir…",
  showReport: "Mostrar el informe en texto",
  linkFailed: "No se pudo crear el enlace en este navegador; usa «{button}».",
  linkCopied: "Enlace copiado. Pégalo en tu mensaje al servicio de asistencia.",
  textCopied: "Informe copiado como texto. Pégalo en tu solicitud de soporte o en un correo.",
  copyFailed: "Aquí no se pudo copiar: selecciona el texto y cópialo tú.",
  shareFailed: "Aquí no se pudo compartir: usa «{button}» en su lugar.",
  sheetTitle: "El resultado de mi prueba de red",
  sheetText: "Prueba de red: {verdict}",

  opening: "Abriendo los resultados compartidos…",
  cannotShow: "No se puede mostrar este enlace de resultados",
  askAgain: "Pide un enlace nuevo a quien te lo envió o prueba la red en la que estás ahora.",
  testMine: "Probar mi propia red",
  sharedTitle: "Resultados de prueba compartidos",
  recorded: "Resultados registrados el {time} con {browser}; esta no es tu red.",
  "error.empty":
    "Este enlace de resultados está vacío: falta la parte de la dirección con los resultados.",
  "error.tooLong":
    "Este enlace es mucho más largo que cualquier enlace de resultados, así que no se ha leído.",
  "error.futureVersion":
    "Este enlace de resultados se creó con una versión más nueva de esta prueba (formato {version}); esta página solo lee el formato {supported}.",
  "error.unsupported":
    "Este navegador es demasiado antiguo para descomprimir enlaces de resultados. Abre el enlace en un navegador actualizado.",
  "error.invalid":
    "Este enlace de resultados contiene datos que no corresponden a un resultado de prueba; puede que lo hayan modificado.",
  "error.damaged":
    "Este enlace de resultados está dañado o incompleto; quizá se cortó al copiarlo.",
  hiddenNote:
    "Quien lo envió ocultó sus direcciones IP: de cada una solo se ve el tipo y, en IPv4, su red /24.",
  removedNote: "Quien lo envió quitó sus direcciones IP.",
  reportCopied: "Informe copiado como texto.",
  copyFailedShort: "Aquí no se pudo copiar.",
} satisfies Catalog<typeof en>;
