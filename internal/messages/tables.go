package messages

// phraseKeys is shown when a template asks for a phrase that does not exist.
const phraseKeys = `"annex", "annex-previous-cycle", "recommendation", "recommending-states", "response", "status", "assessment", "para", "none-recorded"`

var tables = map[string]Table{
	"en": {
		StateUnderReview: "State under review: %s",
		Review:           "Universal Periodic Review, %s cycle, Working Group session %d",
		Joint:            "Joint submission by %s",
		Individual:       "Submission by %s",
		Founded:          "Founded %d",
		WordCount:        "Word count: %s (limit %s)",
		Page:             "Page %d of %d",
		Subject:          "Stakeholder submission to the Universal Periodic Review of %s, %s cycle",
		Phrases: map[string]string{
			"annex":                "Annex",
			"annex-previous-cycle": "Recommendations of the previous cycle",
			"recommendation":       "Recommendation",
			"recommending-states":  "Recommending states",
			"response":             "Response",
			"status":               "Implementation",
			"assessment":           "Assessment",
			"para":                 "para.",
			"none-recorded":        "None recorded.",
		},
		Responses: map[string]string{
			"supported": "Supported", "partially supported": "Partially supported",
			"noted": "Noted", "pending": "Pending",
		},
		Statuses: map[string]string{
			"fully implemented": "Fully implemented", "partially implemented": "Partially implemented",
			"not implemented": "Not implemented", "not assessed": "Not assessed",
		},
	},
	"fr": {
		StateUnderReview: "État examiné : %s",
		Review:           "Examen périodique universel, %s cycle, session %d du Groupe de travail",
		Joint:            "Contribution conjointe de %s",
		Individual:       "Contribution de %s",
		Founded:          "Fondée en %d",
		WordCount:        "Nombre de mots : %s (limite : %s)",
		Page:             "Page %d sur %d",
		Subject:          "Contribution des parties prenantes à l’Examen périodique universel : %s, %s cycle",
		Phrases: map[string]string{
			"annex":                "Annexe",
			"annex-previous-cycle": "Recommandations du cycle précédent",
			"recommendation":       "Recommandation",
			"recommending-states":  "États auteurs",
			"response":             "Position",
			"status":               "Mise en œuvre",
			"assessment":           "Évaluation",
			"para":                 "par.",
			"none-recorded":        "Aucune.",
		},
		Responses: map[string]string{
			"supported": "Acceptée", "partially supported": "Partiellement acceptée",
			"noted": "Notée", "pending": "En attente",
		},
		Statuses: map[string]string{
			"fully implemented": "Pleinement mise en œuvre", "partially implemented": "Partiellement mise en œuvre",
			"not implemented": "Non mise en œuvre", "not assessed": "Non évaluée",
		},
	},
	"es": {
		StateUnderReview: "Estado examinado: %s",
		Review:           "Examen Periódico Universal, %s ciclo, período de sesiones %d del Grupo de Trabajo",
		Joint:            "Contribución conjunta de %s",
		Individual:       "Contribución de %s",
		Founded:          "Fundada en %d",
		WordCount:        "Número de palabras: %s (límite: %s)",
		Page:             "Página %d de %d",
		Subject:          "Contribución de las partes interesadas al Examen Periódico Universal: %s, %s ciclo",
		Phrases: map[string]string{
			"annex":                "Anexo",
			"annex-previous-cycle": "Recomendaciones del ciclo anterior",
			"recommendation":       "Recomendación",
			"recommending-states":  "Estados recomendantes",
			"response":             "Posición",
			"status":               "Aplicación",
			"assessment":           "Evaluación",
			"para":                 "párr.",
			"none-recorded":        "Ninguna.",
		},
		Responses: map[string]string{
			"supported": "Aceptada", "partially supported": "Aceptada parcialmente",
			"noted": "Anotada", "pending": "Pendiente",
		},
		Statuses: map[string]string{
			"fully implemented": "Plenamente aplicada", "partially implemented": "Parcialmente aplicada",
			"not implemented": "No aplicada", "not assessed": "No evaluada",
		},
	},
}
