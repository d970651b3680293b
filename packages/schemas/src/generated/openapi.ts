// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

/** The OpenAPI documents of `schemas/openapi/`, parsed, by file name without extension. */
export const openapiDocuments: Readonly<Record<string, object>> = {
  "czt-exchange": {
    "openapi": "3.1.0",
    "info": {
      "title": "CZT-SS exchange API",
      "version": "1.1.0",
      "summary": "Day-to-day exchange of social security records between the agencies of Changsha, Zhuzhou and Xiangtan.",
      "description": "The exchange API of the CZT-SS standard. Record bodies are the records of the\nstandard itself (`schemas/*.schema.json`), referenced here, never copied.\n\nConventions (see docs/api.md):\n- every `POST` that writes carries an `Idempotency-Key`; a repeat with the same body replays\n  the first response, a repeat with another body is a 422;\n- transitions and reviews carry `If-Match` with the `ETag` of the last read; a stale tag is a 412,\n  a missing one a 428; an invalid transition is a 409;\n- errors are RFC 9457 `application/problem+json` carrying the validator's rule ids and JSON pointers;\n- lists use cursor pagination (`limit`, `cursor` → `nextCursor`);\n- bodies are UTF-8 JSON read as `czt validate` reads a record (invalid UTF-8, duplicate member\n  names, the reserved names, nesting over 64 levels: 400 with the byte offset); another media\n  type or charset is a 415;\n- any operation may answer, as problem+json: 408 (the request did not arrive within 60 s),\n  414 (a request target over 4096 bytes or a path segment over 128 characters), 431 (headers\n  over 16 KiB) and 503 with `Retry-After` (shutting down, or the validation queue is full);\n- `CZT-Schema-Version` (request header, `#/components/parameters/SchemaVersion`) selects the\n  version of the standard, default the current one; every response names it in the same header;\n  an unsupported version is a 400 naming the supported ones;\n- bearer tokens are issued per agency; an agency writes only its own city's and department's\n  records, under ids beginning with its city code and its own agency; reads of personal data,\n  and of the fields marked `x-czt-sensitivity` in any record, need the `read:personal` scope;\n- new in v1.1, and the default of this contract: every read of personal data (persons, enrolments,\n  transfers, assistance cases, benefits, 异地就医 registrations and settlements, consents, the\n  duplicate check and the person search) names its purpose in `CZT-Purpose` (a code of the\n  `readPurpose` list) and, where the purpose needs consent, the consent record in `CZT-Consent`;\n  a read without them is a 403 whose `type` and `errors[0].ruleId` name what is missing. The\n  v1.0 behaviour (reads without a purpose) is gone. Every such read is appended to an audit log\n  the owner of the record can list (`GET /v1/audit-events`);\n- identity numbers never travel in URLs: persons are searched with `POST /v1/person-searches`;\n  `GET /v1/persons?idNumber=` is deprecated (`Deprecation`, `Sunset` and `Link` headers).\n",
      "license": {
        "name": "Apache-2.0",
        "identifier": "Apache-2.0"
      },
      "contact": {
        "name": "CZT-SS maintainers",
        "url": "https://czt-ss.org"
      }
    },
    "servers": [
      {
        "url": "/",
        "description": "Relative to the address this document was fetched from. A running server (the sandbox started by `czt serve` included) serves its own copy at /openapi.json with the absolute URL it answers on."
      }
    ],
    "security": [
      {
        "bearerAuth": []
      }
    ],
    "tags": [
      {
        "name": "agency",
        "description": "The agency behind the token."
      },
      {
        "name": "persons",
        "description": "Insured persons and beneficiaries."
      },
      {
        "name": "enrolments",
        "description": "Enrolments in the social insurance schemes (参保登记)."
      },
      {
        "name": "transfers",
        "description": "Transfers and linking between cities and schemes (转移接续), as a state machine."
      },
      {
        "name": "assistance",
        "description": "Social assistance, welfare, mutual aid and special care cases."
      },
      {
        "name": "validation",
        "description": "Batch validation of JSON Lines exports with the CZT-SS validator."
      },
      {
        "name": "benefits",
        "description": "Social insurance benefits in payment (待遇) — pensions, unemployment benefit, work-injury and maternity benefits, survivors' and funeral grants."
      },
      {
        "name": "medical",
        "description": "Medical treatment outside the insured region (异地就医) — registrations (备案) and settlements (结算)."
      },
      {
        "name": "organisations",
        "description": "Charity organisations and welfare institutions (care homes, children's welfare institutions), new in 1.1."
      },
      {
        "name": "donations",
        "description": "Donations received by charities, by donor type and project, new in 1.1."
      },
      {
        "name": "consents",
        "description": "Persons' consents (授权) to agencies to read their records for named purposes, new in 1.1."
      },
      {
        "name": "audit",
        "description": "The append-only log of reads of personal data, new in 1.1."
      },
      {
        "name": "events",
        "description": "The change feed (created, corrected, retracted, status changes, links), new in 1.1."
      },
      {
        "name": "subscriptions",
        "description": "Subscriptions to the change feed, delivered to the subscriber's callback URL signed with HMAC-SHA256 (docs/subscriptions.md), new in 1.1."
      }
    ],
    "webhooks": {
      "subscriptionDelivery": {
        "post": {
          "operationId": "receiveSubscriptionDelivery",
          "tags": [
            "subscriptions"
          ],
          "summary": "What the server POSTs to a subscription's callback URL",
          "description": "One event per request, in feed order per subscription. Verify `X-CZT-Signature` over the\nraw body before parsing it (docs/subscriptions.md#signature), deduplicate on\n`X-CZT-Delivery`, and answer 2xx once it is stored; anything else is retried.\n",
          "parameters": [
            {
              "name": "X-CZT-Signature",
              "in": "header",
              "required": true,
              "description": "`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" under the subscription's secret>`",
              "schema": {
                "type": "string",
                "pattern": "^t=[0-9]+(,[a-z0-9]+=[0-9a-f]+)+$"
              },
              "example": "t=1796355000,v1=1ff12f21eaa9b6d5ee4f633598a001612a356004d7c5e676dccfe215a52dce91"
            },
            {
              "name": "X-CZT-Delivery",
              "in": "header",
              "required": true,
              "description": "The delivery's id, the same on every attempt.",
              "schema": {
                "type": "string"
              },
              "example": "dlv_Hk2x9QmZr4TbWcLp_57"
            },
            {
              "name": "X-CZT-Delivery-Attempt",
              "in": "header",
              "required": true,
              "description": "1 for the first attempt, 2 for the first retry, …",
              "schema": {
                "type": "integer",
                "minimum": 1
              },
              "example": 1
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionDelivery"
                },
                "example": {
                  "subscriptionId": "sub_Hk2x9QmZr4TbWcLp",
                  "deliveryId": "dlv_Hk2x9QmZr4TbWcLp_57",
                  "event": {
                    "position": 57,
                    "type": "retracted",
                    "recordType": "enrolment",
                    "recordId": "430100-E-000456",
                    "version": 2,
                    "occurredAt": "2026-12-04T01:05:00.000Z",
                    "city": "430100",
                    "department": "hrss",
                    "reason": "enteredInError"
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Stored; any 2xx counts as delivered, anything else (or no answer within the timeout) is retried."
            }
          }
        }
      }
    },
    "paths": {
      "/v1/me": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getCurrentAgency",
          "tags": [
            "agency"
          ],
          "summary": "The agency and scopes of the bearer token",
          "responses": {
            "200": {
              "description": "The token's agency and scopes.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/TokenInfo"
                  },
                  "examples": {
                    "changsha": {
                      "$ref": "#/components/examples/TokenInfo"
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "414": {
              "$ref": "#/components/responses/UriTooLong"
            },
            "431": {
              "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
            }
          }
        }
      },
      "/v1/persons": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createPerson",
          "tags": [
            "persons"
          ],
          "summary": "Create a person",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../person.schema.json"
                },
                "examples": {
                  "person": {
                    "$ref": "#/components/examples/Person"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/PersonCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "searchPersons",
          "tags": [
            "persons"
          ],
          "summary": "Search persons by identity number (deprecated; use POST /v1/person-searches)",
          "description": "Exact match on the normalised identity number (GB 11643). Personal data; needs `read:personal`.\nDeprecated since v1.1 (2026-12-04), withdrawn on 2027-06-30: the identity number travels in\nthe URL, where access logs, proxies and browser histories keep it. Use\n`POST /v1/person-searches`. Until then every answer carries `Deprecation` (RFC 9745),\n`Sunset` (RFC 8594) and a `Link` to the replacement (`rel=\"successor-version\"`).\n",
          "deprecated": true,
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "idNumber",
              "in": "query",
              "required": true,
              "description": "The 18-character identity number (lower-case `x` is accepted).",
              "schema": {
                "$ref": "../common.schema.json#/$defs/idNumber"
              },
              "example": "430102199003071234"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "The matching persons (at most one for a valid number).",
              "headers": {
                "Deprecation": {
                  "$ref": "#/components/headers/Deprecation"
                },
                "Sunset": {
                  "$ref": "#/components/headers/Sunset"
                },
                "Link": {
                  "$ref": "#/components/headers/DeprecationLink"
                }
              },
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/PersonPage"
                  },
                  "examples": {
                    "onePerson": {
                      "$ref": "#/components/examples/PersonPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/persons/{personId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getPerson",
          "tags": [
            "persons"
          ],
          "summary": "Read a person",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/PersonId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Person"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctPerson",
          "tags": [
            "persons"
          ],
          "summary": "Correct a person (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer. `replacedBy` and `replaces` change only through linkPerson (422 `api.correction-field`).",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/PersonId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../person.schema.json"
                },
                "examples": {
                  "person": {
                    "$ref": "#/components/examples/Person"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Person"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/enrolments": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createEnrolment",
          "tags": [
            "enrolments"
          ],
          "summary": "Create an enrolment",
          "description": "The enrolment's `city` and `agency.department` must be the token's; `personId` must name a stored person.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../enrolment.schema.json"
                },
                "examples": {
                  "enrolment": {
                    "$ref": "#/components/examples/Enrolment"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/EnrolmentCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listEnrolments",
          "tags": [
            "enrolments"
          ],
          "summary": "List enrolments by person, scheme and active date",
          "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (`monthlyContributionBase`, `contributions[].monthlyBase`) are left out of each item.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "scheme",
              "in": "query",
              "description": "An insurance scheme code (code list `insuranceScheme`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "example": "medical.resident"
            },
            {
              "name": "activeOn",
              "in": "query",
              "description": "Only enrolments whose period contains this date.",
              "schema": {
                "type": "string",
                "format": "date",
                "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
              },
              "example": "2026-01-01"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of enrolments, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/EnrolmentPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/EnrolmentPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/enrolments/{enrolmentId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getEnrolment",
          "tags": [
            "enrolments"
          ],
          "summary": "Read an enrolment",
          "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (the contribution bases) are left out; the response varies by `Authorization`.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/EnrolmentId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Enrolment"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctEnrolment",
          "tags": [
            "enrolments"
          ],
          "summary": "Correct a enrolment (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/EnrolmentId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../enrolment.schema.json"
                },
                "examples": {
                  "enrolment": {
                    "$ref": "#/components/examples/Enrolment"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Enrolment"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/duplicate-checks": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "checkDuplicateEnrolment",
          "tags": [
            "enrolments"
          ],
          "summary": "Is this person enrolled in this insurance family anywhere?",
          "description": "Looks across the three cities for enrolments of the person (by `personId` or by identity\nnumber) in the schemes of one insurance family, optionally active on a date. A query, not a\nwrite: posted so that identity numbers never travel in URLs. Personal data; needs `read:personal`.\n",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DuplicateCheckRequest"
                },
                "examples": {
                  "byIdNumber": {
                    "$ref": "#/components/examples/DuplicateCheckRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "The enrolments found (possibly none).",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/DuplicateCheckResult"
                  },
                  "examples": {
                    "enrolledInZhuzhou": {
                      "$ref": "#/components/examples/DuplicateCheckResult"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        }
      },
      "/v1/transfers": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "requestTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "Request a transfer",
          "description": "Filed by the receiving agency (`to.city` and `to.agency.department` must be the token's);\na transfer out of the three cities (`to.external`, 1.1) by the sending agency (`from.city`\nand `from.agency.department`). A transfer whose two sides are both outside the three\ncities belongs to no agency here (403 `api.ownership`). The record's `status` must be `requested` with a single `requested` step, dated no later\nthan the server's time plus 5 minutes (`api.step-time`). `from.enrolmentId` and\n`to.enrolmentId`, when given, must be enrolments of the transfer's person (the same record\nor one with the same identity number) in `from.city` and `to.city` (`api.transfer-target`, 422).\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../transfer.schema.json"
                },
                "examples": {
                  "pension": {
                    "$ref": "#/components/examples/Transfer"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/TransferCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listTransfers",
          "tags": [
            "transfers"
          ],
          "summary": "List transfers by person and status",
          "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (`individualAccountBalance`, `contributions[].monthlyBase`) are left out of each item.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "status",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/transferStatus"
              }
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of transfers, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/TransferPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/TransferPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/transfers/{transferId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "Read a transfer (with its ETag)",
          "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (the account balance, the contribution bases) are left out; the response varies by `Authorization`.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/TransferId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "Correct a transfer (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer. `status` and `steps` change only through the transitions (422 `api.correction-field`).",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../transfer.schema.json"
                },
                "examples": {
                  "pension": {
                    "$ref": "#/components/examples/Transfer"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/issue-contact-letter": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "issueContactLetter",
          "tags": [
            "transfers"
          ],
          "summary": "requested → letterIssued (receiving agency)",
          "description": "A step of a side outside the three cities (`external`, 1.1) is made by the other side,\nthe one in the three cities.\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "$ref": "#/components/requestBodies/Transition"
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/record-funds-transferred": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "recordFundsTransferred",
          "tags": [
            "transfers"
          ],
          "summary": "letterIssued → fundsTransferred (sending agency)",
          "description": "A step of a side outside the three cities (`external`, 1.1) is made by the other side,\nthe one in the three cities.\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "$ref": "#/components/requestBodies/Transition"
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/complete": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "completeTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "fundsTransferred → completed (receiving agency; names the new enrolment)",
          "description": "A step of a side outside the three cities (`external`, 1.1) is made by the other side,\nthe one in the three cities. A transfer out (`to.external`) completes without an\nenrolment: the receiving one is outside the dataset (`toEnrolmentId` is then 422\n`api.transfer-target`).\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "$ref": "#/components/requestBodies/Transition"
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/reject": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "rejectTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "requested | letterIssued → rejected (either agency, with a reason code)",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "$ref": "#/components/requestBodies/Transition"
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/cancel": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "cancelTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "requested | letterIssued → cancelled (receiving agency)",
          "description": "A step of a side outside the three cities (`external`, 1.1) is made by the other side,\nthe one in the three cities.\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "$ref": "#/components/requestBodies/Transition"
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/assistance-cases": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createAssistanceCase",
          "tags": [
            "assistance"
          ],
          "summary": "Create an assistance case",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../assistance.schema.json"
                },
                "examples": {
                  "dibao": {
                    "$ref": "#/components/examples/AssistanceCase"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/AssistanceCaseCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listAssistanceCases",
          "tags": [
            "assistance"
          ],
          "summary": "List assistance cases by person, covered member, division, programme and status",
          "description": "Cases carry special-category data (income); needs `read:personal`. `memberPersonId` finds the\ncases naming the person anywhere in the household (a member who is not the head included);\n`division` with `programme` and `caseStatus=active` lists a county's active cases of a programme.\n",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "memberPersonId",
              "in": "query",
              "description": "Cases whose head (`personId`, `household.headPersonId`) or any household member (`household.members[].personId`) is this person.",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "division",
              "in": "query",
              "description": "Cases of this county-level division (the case's `division`, else its agency's); a city code (`430100`) takes every division of the city.",
              "schema": {
                "$ref": "../common.schema.json#/$defs/divisionCode"
              },
              "example": "430225"
            },
            {
              "name": "programme",
              "in": "query",
              "description": "An assistance programme code (code list `assistanceProgramme`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "example": "dibao.urban"
            },
            {
              "name": "caseStatus",
              "in": "query",
              "description": "A case status code (code list `caseStatus`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 32
              },
              "example": "active"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of cases, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/AssistanceCasePage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/AssistanceCasePage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/assistance-cases/{caseId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getAssistanceCase",
          "tags": [
            "assistance"
          ],
          "summary": "Read an assistance case (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/CaseId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/AssistanceCase"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctAssistanceCase",
          "tags": [
            "assistance"
          ],
          "summary": "Correct a assistance case (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/CaseId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../assistance.schema.json"
                },
                "examples": {
                  "dibao": {
                    "$ref": "#/components/examples/AssistanceCase"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/AssistanceCase"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/assistance-cases/{caseId}/reviews": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "reviewAssistanceCase",
          "tags": [
            "assistance"
          ],
          "summary": "Record a periodic review of a case",
          "description": "Sets `lastReviewDate` and `nextReviewDate` and applies the outcome. Only the case's own agency.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/CaseId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Review"
                },
                "examples": {
                  "continued": {
                    "$ref": "#/components/examples/Review"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/AssistanceCase"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/InvalidTransition"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/validations": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "validateExport",
          "tags": [
            "validation"
          ],
          "summary": "Validate a JSON Lines export and return the validator's JSON report",
          "description": "Runs the CZT-SS validator (the same rules as `czt validate`) over the uploaded export,\none record per line with an optional header line. Nothing is stored, not even under an\n`Idempotency-Key`: a validation changes nothing, so a repeat simply runs again. The report\nhas the shape of `report.schema.json`; the `summary.invalid` count says whether the export\npassed. The summary counts every finding; `findings` lists at most the first 1000 (fewer\nlisted than `errors + warnings + infos` means the list was cut). Validations run beside the\nother requests, a few at a time; when the queue is full the answer is 503 with `Retry-After`.\n",
          "security": [
            {
              "bearerAuth": [
                "validate"
              ]
            }
          ],
          "parameters": [
            {
              "name": "Idempotency-Key",
              "in": "header",
              "required": false,
              "description": "Accepted for uniformity with the other POSTs, but not needed and not kept.",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              }
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/x-ndjson": {
                "schema": {
                  "type": "string",
                  "description": "JSON Lines, in the declared charset (`utf-8` or `gb18030`; another is a 415); without\none, detected from the bytes as `czt validate` does.\n"
                },
                "example": "{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"publisher\":{\"creditCode\":\"11430100MB0000019A\",\"division\":\"430100\",\"department\":\"hrss\"},\"city\":\"430100\",\"created\":\"2026-01-15T09:30:00+08:00\"}\n{\"recordType\":\"person\",\"id\":\"430100-P-000123\",\"meta\":{\"lastUpdated\":\"2026-01-15T09:30:00+08:00\"},\"idNumber\":\"430102199003071234\",\"name\":\"张伟\",\"sex\":\"1\",\"birthDate\":\"1990-03-07\",\"nationality\":\"CHN\",\"hukou\":{\"division\":\"430102\",\"residenceType\":\"urban\"}}\n{\"recordType\":\"person\",\"id\":\"430100-P-000124\",\"meta\":{\"lastUpdated\":\"2026-01-15T09:30:00+08:00\"},\"idNumber\":\"430104196204032020\",\"name\":\"李秀英\",\"sex\":\"2\",\"birthDate\":\"1962-04-03\",\"nationality\":\"CHN\"}\n"
              }
            }
          },
          "responses": {
            "200": {
              "description": "The validation report.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "../report.schema.json"
                  },
                  "examples": {
                    "oneInvalidPerson": {
                      "$ref": "#/components/examples/ValidationReport"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "408": {
              "$ref": "#/components/responses/RequestTimeout"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "503": {
              "$ref": "#/components/responses/ServiceUnavailable"
            }
          }
        }
      },
      "/v1/benefits": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createBenefit",
          "tags": [
            "benefits"
          ],
          "summary": "Create a benefit",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../benefit.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Benefit"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/BenefitCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listBenefits",
          "tags": [
            "benefits"
          ],
          "summary": "List benefits by person, type and status",
          "description": "The benefit type is special-category data (a work-injury benefit reveals a disability), so without `read:personal` it is left out of the items.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "benefitType",
              "in": "query",
              "description": "A benefit type code (code list `benefitType`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "example": "pension.employee"
            },
            {
              "name": "status",
              "in": "query",
              "description": "A benefit status code (code list `benefitStatus`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 32
              },
              "example": "inPayment"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of records, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/BenefitPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/BenefitPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/benefits/{benefitId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getBenefit",
          "tags": [
            "benefits"
          ],
          "summary": "Read a benefit (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/BenefitId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Benefit"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctBenefit",
          "tags": [
            "benefits"
          ],
          "summary": "Correct a benefit (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/BenefitId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../benefit.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Benefit"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Benefit"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/medical-registrations": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createMedicalRegistration",
          "tags": [
            "medical"
          ],
          "summary": "Create a medical registration",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../medicalRegistration.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/MedicalRegistration"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/MedicalRegistrationCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listMedicalRegistrations",
          "tags": [
            "medical"
          ],
          "summary": "List 异地就医 registrations by person",
          "description": "Registrations carry health data (type, place of treatment); needs `read:personal`.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of records, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/MedicalRegistrationPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/MedicalRegistrationPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/medical-registrations/{registrationId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getMedicalRegistration",
          "tags": [
            "medical"
          ],
          "summary": "Read a medical registration (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/RegistrationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalRegistration"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctMedicalRegistration",
          "tags": [
            "medical"
          ],
          "summary": "Correct a 异地就医 registration (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/RegistrationId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../medicalRegistration.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/MedicalRegistration"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalRegistration"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/medical-settlements": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createMedicalSettlement",
          "tags": [
            "medical"
          ],
          "summary": "Create a medical settlement",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../medicalSettlement.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/MedicalSettlement"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/MedicalSettlementCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listMedicalSettlements",
          "tags": [
            "medical"
          ],
          "summary": "List 异地就医 settlements by person",
          "description": "Settlements carry health data (costs, place of treatment); needs `read:personal`.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of records, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/MedicalSettlementPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/MedicalSettlementPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/medical-settlements/{settlementId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getMedicalSettlement",
          "tags": [
            "medical"
          ],
          "summary": "Read a medical settlement (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/SettlementId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalSettlement"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctMedicalSettlement",
          "tags": [
            "medical"
          ],
          "summary": "Correct a 异地就医 settlement (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/SettlementId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../medicalSettlement.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/MedicalSettlement"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalSettlement"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/organisations": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createOrganisation",
          "tags": [
            "organisations"
          ],
          "summary": "Create an organisation (charity or welfare institution)",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../organisation.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Organisation"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/OrganisationCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listOrganisations",
          "tags": [
            "organisations"
          ],
          "summary": "List organisations",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "name": "kind",
              "in": "query",
              "description": "An organisation kind code (code list `organisationKind`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "example": "charity"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of organisations, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/OrganisationPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/OrganisationPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/organisations/{organisationId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getOrganisation",
          "tags": [
            "organisations"
          ],
          "summary": "Read an organisation (charity or welfare institution) (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/OrganisationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Organisation"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctOrganisation",
          "tags": [
            "organisations"
          ],
          "summary": "Correct a organisation (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/OrganisationId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../organisation.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Organisation"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Organisation"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/donations": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createDonation",
          "tags": [
            "donations"
          ],
          "summary": "Create a donation",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../donation.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Donation"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/DonationCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listDonations",
          "tags": [
            "donations"
          ],
          "summary": "List donations",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "name": "organisationId",
              "in": "query",
              "description": "The receiving charity's organisation record.",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "name": "donorType",
              "in": "query",
              "description": "A donor type code (code list `donorType`).",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              },
              "example": "oneYuan"
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of donations, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/DonationPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/DonationPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/donations/{donationId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getDonation",
          "tags": [
            "donations"
          ],
          "summary": "Read a donation (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/DonationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Donation"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctDonation",
          "tags": [
            "donations"
          ],
          "summary": "Correct a donation (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/DonationId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../donation.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Donation"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Donation"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/events": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listEvents",
          "tags": [
            "events"
          ],
          "summary": "The change feed, after a position",
          "description": "Every stored change — a record created, corrected, retracted, its status changed (a transfer\ntransition, an assistance review), or linked to a duplicate — is an event with a `position`\nthat increases strictly in commit order and is never reused. An event is written in the\ntransaction of its change: it exists exactly when the change was committed, and a write is\nanswered only after its commit, so every acknowledged write is in the feed (after a crash\ntoo). Pass the `next` of the previous page as `after`: a consumer that stores `next`\nmisses and duplicates nothing, across restarts of either side. The token sees events about\nthe record types it may read (persons, assistance cases, 异地就医 and donations need\n`read:personal`; naming one of them in `recordTypes` without it is a 403); without\n`read:personal` the fields marked `x-czt-sensitivity` are left out of `record`.\nEvents carry records' bodies: a page is a read of personal data, with `CZT-Purpose` (and\n`CZT-Consent` where the purpose needs it, covering every record of the page), and each\nevent with a personal record is written to the read audit (`GET /v1/audit-events`,\noperation `listEvents`). Only a feed limited to `recordTypes=organisation,donation` needs no purpose.\n",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "after",
              "in": "query",
              "description": "A feed position (`next` of the previous page); 0, the default, is the start.",
              "schema": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]{0,15})$",
                "default": "0"
              }
            },
            {
              "name": "types",
              "in": "query",
              "description": "Comma-separated event types; all when absent.",
              "schema": {
                "type": "string",
                "maxLength": 512
              },
              "example": "retracted,statusChanged"
            },
            {
              "name": "recordTypes",
              "in": "query",
              "description": "Comma-separated record types; every type the token may read when absent.",
              "schema": {
                "type": "string",
                "maxLength": 512
              },
              "example": "transfer,enrolment"
            },
            {
              "name": "city",
              "in": "query",
              "description": "Only records owned by this city (a transfer's is its receiving side's; a transfer out of the three cities, `to.external`, its sending side's).",
              "schema": {
                "type": "string",
                "enum": [
                  "430100",
                  "430200",
                  "430300"
                ]
              }
            },
            {
              "name": "department",
              "in": "query",
              "description": "Only records owned by this department.",
              "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64
              }
            },
            {
              "name": "limit",
              "in": "query",
              "description": "Page size.",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 1000,
                "default": 100
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The events after `after`, oldest first; an empty page when there are none yet (poll again with the same `after`).",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/EventPage"
                  },
                  "examples": {
                    "page": {
                      "$ref": "#/components/examples/EventPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/persons/{personId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listPersonVersions",
          "tags": [
            "persons"
          ],
          "summary": "Every stored version of a person, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/PersonId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/persons/{personId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getPersonVersion",
          "tags": [
            "persons"
          ],
          "summary": "Read one stored version of a person (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/PersonId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Person"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/persons/{personId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractPerson",
          "tags": [
            "persons"
          ],
          "summary": "Retract a person (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/PersonId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/enrolments/{enrolmentId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listEnrolmentVersions",
          "tags": [
            "enrolments"
          ],
          "summary": "Every stored version of a enrolment, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/EnrolmentId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/enrolments/{enrolmentId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getEnrolmentVersion",
          "tags": [
            "enrolments"
          ],
          "summary": "Read one stored version of a enrolment (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/EnrolmentId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Enrolment"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/enrolments/{enrolmentId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractEnrolment",
          "tags": [
            "enrolments"
          ],
          "summary": "Retract a enrolment (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/EnrolmentId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listTransferVersions",
          "tags": [
            "transfers"
          ],
          "summary": "Every stored version of a transfer, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/TransferId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getTransferVersion",
          "tags": [
            "transfers"
          ],
          "summary": "Read one stored version of a transfer (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Transfer"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/transfers/{transferId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractTransfer",
          "tags": [
            "transfers"
          ],
          "summary": "Retract a transfer (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/TransferId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/assistance-cases/{caseId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listAssistanceCaseVersions",
          "tags": [
            "assistance"
          ],
          "summary": "Every stored version of a assistance case, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/CaseId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/assistance-cases/{caseId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getAssistanceCaseVersion",
          "tags": [
            "assistance"
          ],
          "summary": "Read one stored version of a assistance case (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/CaseId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/AssistanceCase"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/assistance-cases/{caseId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractAssistanceCase",
          "tags": [
            "assistance"
          ],
          "summary": "Retract a assistance case (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/CaseId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/benefits/{benefitId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listBenefitVersions",
          "tags": [
            "benefits"
          ],
          "summary": "Every stored version of a benefit, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/BenefitId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/benefits/{benefitId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getBenefitVersion",
          "tags": [
            "benefits"
          ],
          "summary": "Read one stored version of a benefit (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/BenefitId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Benefit"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/benefits/{benefitId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractBenefit",
          "tags": [
            "benefits"
          ],
          "summary": "Retract a benefit (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/BenefitId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/medical-registrations/{registrationId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listMedicalRegistrationVersions",
          "tags": [
            "medical"
          ],
          "summary": "Every stored version of a 异地就医 registration, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/RegistrationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/medical-registrations/{registrationId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getMedicalRegistrationVersion",
          "tags": [
            "medical"
          ],
          "summary": "Read one stored version of a 异地就医 registration (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/RegistrationId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalRegistration"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/medical-registrations/{registrationId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractMedicalRegistration",
          "tags": [
            "medical"
          ],
          "summary": "Retract a 异地就医 registration (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/RegistrationId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/medical-settlements/{settlementId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listMedicalSettlementVersions",
          "tags": [
            "medical"
          ],
          "summary": "Every stored version of a 异地就医 settlement, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/SettlementId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/medical-settlements/{settlementId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getMedicalSettlementVersion",
          "tags": [
            "medical"
          ],
          "summary": "Read one stored version of a 异地就医 settlement (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/SettlementId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/MedicalSettlement"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/medical-settlements/{settlementId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractMedicalSettlement",
          "tags": [
            "medical"
          ],
          "summary": "Retract a 异地就医 settlement (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/SettlementId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/organisations/{organisationId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listOrganisationVersions",
          "tags": [
            "organisations"
          ],
          "summary": "Every stored version of a organisation, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/OrganisationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/organisations/{organisationId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getOrganisationVersion",
          "tags": [
            "organisations"
          ],
          "summary": "Read one stored version of a organisation (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/OrganisationId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Organisation"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/organisations/{organisationId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractOrganisation",
          "tags": [
            "organisations"
          ],
          "summary": "Retract a organisation (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/OrganisationId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/donations/{donationId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listDonationVersions",
          "tags": [
            "donations"
          ],
          "summary": "Every stored version of a donation, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/DonationId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/donations/{donationId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getDonationVersion",
          "tags": [
            "donations"
          ],
          "summary": "Read one stored version of a donation (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/DonationId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Donation"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/donations/{donationId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractDonation",
          "tags": [
            "donations"
          ],
          "summary": "Retract a donation (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/DonationId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/persons/{personId}/link": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "linkPerson",
          "tags": [
            "persons"
          ],
          "summary": "Link a duplicate person to the person that replaces it",
          "description": "A person found later to duplicate another is linked, never deleted (FHIR `Patient.link`): this person (the duplicate, whose `ETag` is the `If-Match`) gains `replacedBy`, the survivor lists it in `replaces`; each becomes a new version with a `linked` event. Both must be the token's agency's; the survivor may not itself be replaced (422 `api.person-link`), nor the duplicate already be.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/PersonId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PersonLinkRequest"
                },
                "examples": {
                  "duplicate": {
                    "$ref": "#/components/examples/PersonLinkRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/PersonLinked"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/subscriptions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createSubscription",
          "tags": [
            "subscriptions"
          ],
          "summary": "Subscribe to changes, delivered to a callback URL",
          "description": "The events of the feed (`GET /v1/events`) that the filter selects, committed after the\nsubscription, are POSTed one by one to `callbackUrl`, in feed order, each signed with\n`X-CZT-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" under the secret>`\nand carrying `X-CZT-Delivery` (its id, the same on every retry) and `X-CZT-Delivery-Attempt`.\nThe body is a `SubscriptionDelivery`. A delivery succeeds on a 2xx answer; otherwise it is\nretried with exponential backoff and jitter, holding the later ones back, and after the last\nattempt it is `failed` and the subscription `suspended` until resumed. Only events about\nrecord types the token may read are delivered, as the token would read them. The `secret`\nis in this answer only: store it. The reference server accepts any http(s) callback,\nloopback included; a production deployment should restrict targets.\n",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/Purpose"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionRequest"
                },
                "examples": {
                  "deaths": {
                    "$ref": "#/components/examples/SubscriptionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "description": "Subscribed; the secret is shown this once.",
              "headers": {
                "Location": {
                  "$ref": "#/components/headers/Location"
                }
              },
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/SubscriptionCreated"
                  },
                  "examples": {
                    "created": {
                      "$ref": "#/components/examples/SubscriptionCreated"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "422": {
              "$ref": "#/components/responses/InvalidSubscription"
            }
          }
        },
        "get": {
          "operationId": "listSubscriptions",
          "tags": [
            "subscriptions"
          ],
          "summary": "The subscriptions of the token's agency",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "responses": {
            "200": {
              "description": "Every subscription of the agency (city and department), oldest first; without secrets.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/SubscriptionList"
                  },
                  "examples": {
                    "list": {
                      "$ref": "#/components/examples/SubscriptionList"
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/subscriptions/{subscriptionId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "get": {
          "operationId": "getSubscription",
          "tags": [
            "subscriptions"
          ],
          "summary": "One subscription of the token's agency",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "responses": {
            "200": {
              "description": "The subscription, without its secret; `status` is `suspended` after a delivery failed for good.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Subscription"
                  },
                  "examples": {
                    "subscription": {
                      "$ref": "#/components/examples/Subscription"
                    }
                  }
                }
              }
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        },
        "delete": {
          "operationId": "deleteSubscription",
          "tags": [
            "subscriptions"
          ],
          "summary": "Unsubscribe",
          "description": "Deletes the subscription and its deliveries; nothing more is sent (an attempt already in flight may still arrive).",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "responses": {
            "204": {
              "description": "Deleted."
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        }
      },
      "/v1/subscriptions/{subscriptionId}/resume": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "post": {
          "operationId": "resumeSubscription",
          "tags": [
            "subscriptions"
          ],
          "summary": "Resume a suspended subscription",
          "description": "The failed delivery is tried again from its first attempt, now, then the ones it held back, in order.",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "name": "CZT-Purpose",
              "in": "header",
              "description": "A new purpose for the subscription (required to resume one stored before subscriptions had a purpose); a code of `readPurpose` that needs no consent.",
              "schema": {
                "type": "string",
                "minLength": 1
              },
              "example": "benefitVerification"
            }
          ],
          "responses": {
            "200": {
              "description": "The subscription, active again.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Subscription"
                  },
                  "examples": {
                    "subscription": {
                      "$ref": "#/components/examples/Subscription"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        }
      },
      "/v1/subscriptions/{subscriptionId}/deliveries": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "get": {
          "operationId": "listDeliveries",
          "tags": [
            "subscriptions"
          ],
          "summary": "The deliveries of a subscription and their status",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "name": "after",
              "in": "query",
              "description": "Only deliveries of events after this feed position (`next` of the previous page).",
              "schema": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]{0,15})$",
                "default": "0"
              }
            },
            {
              "name": "status",
              "in": "query",
              "description": "Only deliveries in this status.",
              "schema": {
                "type": "string",
                "enum": [
                  "pending",
                  "delivered",
                  "failed"
                ]
              }
            },
            {
              "name": "limit",
              "in": "query",
              "description": "Page size.",
              "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": 500,
                "default": 50
              }
            }
          ],
          "responses": {
            "200": {
              "description": "The deliveries in feed order; `next` when another page follows.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/DeliveryPage"
                  },
                  "examples": {
                    "page": {
                      "$ref": "#/components/examples/DeliveryPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            }
          }
        }
      },
      "/v1/consents": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "createConsent",
          "tags": [
            "consents"
          ],
          "summary": "Record a person's consent",
          "description": "Records a consent from its signed document (e.g. a 家庭经济状况核对授权书), by the agency that\nreceived the document (`agency`, the owner), for the agencies it authorises (`grantedTo`).\nA withdrawal is recorded with `POST /v1/consents/{consentId}/revoke`; from `revokedAt` on, the\nconsent covers no read.\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../consent.schema.json"
                },
                "examples": {
                  "dibaoAuthorisation": {
                    "$ref": "#/components/examples/Consent"
                  }
                }
              }
            }
          },
          "responses": {
            "201": {
              "$ref": "#/components/responses/ConsentCreated"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        },
        "get": {
          "operationId": "listConsents",
          "tags": [
            "consents"
          ],
          "summary": "List consents, by person",
          "description": "Consents are personal data; needs `read:personal` and a purpose.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "name": "personId",
              "in": "query",
              "description": "The person who consents.",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of consents, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/ConsentPage"
                  },
                  "examples": {
                    "firstPage": {
                      "$ref": "#/components/examples/ConsentPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      },
      "/v1/consents/{consentId}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getConsent",
          "tags": [
            "consents"
          ],
          "summary": "Read a consent (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/ConsentId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Consent"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        },
        "put": {
          "operationId": "correctConsent",
          "tags": [
            "consents"
          ],
          "summary": "Correct a consent (a new version; the old one stays readable)",
          "description": "The whole record again, by its own agency, under `If-Match`; validated like a create. Stored as a new version (the `ETag` moves on), the earlier versions stay readable under `/versions`, and the feed gets a `corrected` event. A repeat without `Idempotency-Key` after a lost answer is a 412 (the version moved on); with one, it replays the first answer.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/ConsentId"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKeyOptional"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../consent.schema.json"
                },
                "examples": {
                  "example": {
                    "$ref": "#/components/examples/Consent"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Consent"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/consents/{consentId}/revoke": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "revokeConsent",
          "tags": [
            "consents"
          ],
          "summary": "Record the withdrawal of a consent",
          "description": "The person withdrew the consent (个人信息保护法 art. 15): the record becomes `revoked: true` with\n`revokedAt` (the body's, else now), as a new version (`ETag`). By the owner only; a consent\nalready revoked is a 409. Reads under it are refused from `revokedAt` on (`api.consent-revoked`).\n",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            },
            {
              "$ref": "#/components/parameters/ConsentId"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsentRevocation"
                },
                "examples": {
                  "withdrawn": {
                    "$ref": "#/components/examples/ConsentRevocation"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Consent"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "409": {
              "$ref": "#/components/responses/Conflict"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/consents/{consentId}/versions": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listConsentVersions",
          "tags": [
            "consents"
          ],
          "summary": "Every stored version of a consent, oldest first",
          "description": "Each version with its `ETag`, when it was stored and the record as the token may read it. A retracted record answers 410.",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/ConsentId"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/RecordVersions"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/consents/{consentId}/versions/{version}": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "getConsentVersion",
          "tags": [
            "consents"
          ],
          "summary": "Read one stored version of a consent (with its ETag)",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/ConsentId"
            },
            {
              "$ref": "#/components/parameters/RecordVersion"
            }
          ],
          "responses": {
            "200": {
              "$ref": "#/components/responses/Consent"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            }
          }
        }
      },
      "/v1/consents/{consentId}/retract": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "retractConsent",
          "tags": [
            "consents"
          ],
          "summary": "Retract a consent (a tombstone with a reason)",
          "description": "By the record's own agency, under `If-Match`. The record is kept as a tombstone: reads (and its versions) answer 410 naming the reason and the time, lists and searches leave it out, writes to it answer 410, and the feed gets a `retracted` event with the reason. Its id is never reused.",
          "security": [
            {
              "bearerAuth": [
                "write"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/ConsentId"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            },
            {
              "$ref": "#/components/parameters/IfMatch"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetractionRequest"
                },
                "examples": {
                  "enteredInError": {
                    "$ref": "#/components/examples/RetractionRequest"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "$ref": "#/components/responses/Retraction"
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "404": {
              "$ref": "#/components/responses/NotFound"
            },
            "410": {
              "$ref": "#/components/responses/Gone"
            },
            "412": {
              "$ref": "#/components/responses/PreconditionFailed"
            },
            "413": {
              "$ref": "#/components/responses/PayloadTooLarge"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            },
            "428": {
              "$ref": "#/components/responses/PreconditionRequired"
            }
          }
        }
      },
      "/v1/person-searches": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "post": {
          "operationId": "searchPersonsByBody",
          "tags": [
            "persons"
          ],
          "summary": "Search persons by identity number, or by name and birth date",
          "description": "A query, not a write: posted so that identity numbers never travel in URLs. Like the duplicate\ncheck it carries an `Idempotency-Key`: a retry replays the first answer. By `idNumber` (exact, normalised), or\nby `name` and `birthDate` (exact) for people without an identity number. Replaces\n`GET /v1/persons?idNumber=`. Personal data; needs `read:personal` and a purpose.\n",
          "security": [
            {
              "bearerAuth": [
                "read:personal"
              ]
            }
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Purpose"
            },
            {
              "$ref": "#/components/parameters/Consent"
            },
            {
              "$ref": "#/components/parameters/IdempotencyKey"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PersonSearch"
                },
                "examples": {
                  "byIdNumber": {
                    "$ref": "#/components/examples/PersonSearchByIdNumber"
                  },
                  "byNameAndBirthDate": {
                    "$ref": "#/components/examples/PersonSearchByName"
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "The matching persons, ordered by id.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/PersonPage"
                  },
                  "examples": {
                    "onePerson": {
                      "$ref": "#/components/examples/PersonPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            },
            "415": {
              "$ref": "#/components/responses/UnsupportedMediaType"
            },
            "422": {
              "$ref": "#/components/responses/UnprocessableContent"
            }
          }
        }
      },
      "/v1/audit-events": {
        "parameters": [
          {
            "$ref": "#/components/parameters/SchemaVersion"
          }
        ],
        "get": {
          "operationId": "listAuditEvents",
          "tags": [
            "audit"
          ],
          "summary": "List the reads of the agency's own records",
          "description": "Who read the records the token's agency owns (its city and department), when, with which\npurpose and consent, oldest first; of one record with `recordId` (another agency's record:\n403 `api.audit-own-records`). The log is append-only: no operation changes or deletes an\nevent. Needs `read`.\n",
          "security": [
            {
              "bearerAuth": [
                "read"
              ]
            }
          ],
          "parameters": [
            {
              "name": "recordId",
              "in": "query",
              "description": "Only the reads of this record.",
              "schema": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            {
              "$ref": "#/components/parameters/Limit"
            },
            {
              "$ref": "#/components/parameters/Cursor"
            }
          ],
          "responses": {
            "200": {
              "description": "A page of audit events.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/AuditEventPage"
                  },
                  "examples": {
                    "readsOfOneRecord": {
                      "$ref": "#/components/examples/AuditEventPage"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/BadRequest"
            },
            "401": {
              "$ref": "#/components/responses/Unauthorized"
            },
            "403": {
              "$ref": "#/components/responses/Forbidden"
            }
          }
        }
      }
    },
    "components": {
      "securitySchemes": {
        "bearerAuth": {
          "type": "http",
          "scheme": "bearer",
          "description": "One token per agency. Scopes: `read` (enrolments, transfers, without the fields marked\n`x-czt-sensitivity` such as wages and account balances), `read:personal` (persons,\nassistance cases, duplicate checks, and the fields marked `x-czt-sensitivity` in every\nrecord), `write` (create and transition the records of the token's own city and\ndepartment), `validate` (batch validation).\n"
        }
      },
      "parameters": {
        "IdempotencyKey": {
          "name": "Idempotency-Key",
          "in": "header",
          "required": true,
          "description": "A unique key per logical request (a UUID is fine), kept 24 hours per agency. Same key and\nsame body: the first response is replayed (`Idempotent-Replayed: true`). Same key and another\nbody: 422.\n",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "example": "5f0c3a52-2b3e-4b7e-9f7a-1d2c3b4a5e6f"
        },
        "IfMatch": {
          "name": "If-Match",
          "in": "header",
          "required": true,
          "description": "The `ETag` of the record as last read. Missing → 428; stale → 412.",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "example": "\"3\""
        },
        "Limit": {
          "name": "limit",
          "in": "query",
          "description": "Page size.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          }
        },
        "Cursor": {
          "name": "cursor",
          "in": "query",
          "description": "The `nextCursor` of the previous page; opaque, signed by the server that issued it (a cursor\nthe client made or changed is a 400).\n",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          }
        },
        "PersonId": {
          "name": "personId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-P-000123"
        },
        "EnrolmentId": {
          "name": "enrolmentId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-E-000456"
        },
        "TransferId": {
          "name": "transferId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430200-T-000789"
        },
        "CaseId": {
          "name": "caseId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430300-A-000321"
        },
        "SchemaVersion": {
          "name": "CZT-Schema-Version",
          "in": "header",
          "required": false,
          "description": "The version of the standard the request body follows and the response must follow\n(docs/versioning.md). Accepted by every operation; without it, the current version.\nA version the server does not support is a 400 (`unsupported-schema-version`,\n`errors[0].ruleId` `api.schema-version`) whose `detail` names the supported versions.\n",
          "schema": {
            "type": "string",
            "enum": [
              "1.0",
              "1.1"
            ],
            "default": "1.1"
          },
          "example": "1.1"
        },
        "BenefitId": {
          "name": "benefitId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-B-000300"
        },
        "RegistrationId": {
          "name": "registrationId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-R-000301"
        },
        "SettlementId": {
          "name": "settlementId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-S-000302"
        },
        "OrganisationId": {
          "name": "organisationId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-O-000601"
        },
        "DonationId": {
          "name": "donationId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-D-000601"
        },
        "IdempotencyKeyOptional": {
          "name": "Idempotency-Key",
          "in": "header",
          "required": false,
          "description": "Optional on a correction (PUT is idempotent by method and guarded by `If-Match`): with a key,\na repeat after a lost answer replays the first answer instead of a 412.\n",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "example": "9b1d2c3a-6e4f-4a5b-8c7d-0e1f2a3b4c5d"
        },
        "RecordVersion": {
          "name": "version",
          "in": "path",
          "required": true,
          "description": "A version number of the record (its `ETag` without the quotes).",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 999999999
          },
          "example": 1
        },
        "SubscriptionId": {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "description": "The subscription's id, as `POST /v1/subscriptions` returned it.",
          "schema": {
            "type": "string",
            "pattern": "^sub_[A-Za-z0-9_-]{1,64}$"
          },
          "example": "sub_Hk2x9QmZr4TbWcLp"
        },
        "Purpose": {
          "name": "CZT-Purpose",
          "in": "header",
          "required": true,
          "description": "Why personal data is read: a code of the code list `readPurpose` (`dibaoReview` 低保审核,\n`tekunReview` 特困审核, `benefitVerification` 待遇核查, `transferContinuation` 转移接续,\n`enrolmentRegistration` 参保登记, `medicalAssistance` 医疗救助, `statistics` 统计分析,\n`auditSupervision` 审计监督, `selfService` 本人查询 …). Missing or unknown: 403\n(`purpose-required`, `api.purpose-missing` / `api.purpose-unknown`). Recorded in the audit log.\n",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "example": "benefitVerification"
        },
        "Consent": {
          "name": "CZT-Consent",
          "in": "header",
          "description": "The consent record the read is made under; required when the purpose's `consentRequired`\ncolumn is true (e.g. `dibaoReview`). It must exist, be granted to the token's agency, cover\nthe purpose and the record types read, be valid today (China time) and not revoked, and be the\nperson's whose records are read; else 403 (`consent-required`, `api.consent-missing`,\n`api.consent-unknown`, `api.consent-revoked`, `api.consent-expired`, `api.consent-not-yet-valid`,\n`api.consent-other-agency`, `api.consent-other-purpose`, `api.consent-other-person`,\n`api.consent-out-of-scope`).\n",
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-C-000001"
        },
        "ConsentId": {
          "name": "consentId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "../common.schema.json#/$defs/recordId"
          },
          "example": "430100-C-000001"
        }
      },
      "headers": {
        "Deprecation": {
          "description": "RFC 9745 — the operation is deprecated since this date (a structured-field date, seconds since 1970).",
          "schema": {
            "type": "string"
          },
          "example": "@1796342400"
        },
        "Sunset": {
          "description": "RFC 8594 — the operation stops being served at this time (an HTTP date).",
          "schema": {
            "type": "string"
          },
          "example": "Wed, 30 Jun 2027 00:00:00 GMT"
        },
        "DeprecationLink": {
          "description": "The replacement operation (`rel=\"successor-version\"`) and the documentation of the deprecation (`rel=\"deprecation\"`).",
          "schema": {
            "type": "string"
          },
          "example": "</v1/person-searches>; rel=\"successor-version\", <https://czt-ss.org/docs/api#person-search>; rel=\"deprecation\"; type=\"text/html\""
        },
        "ETag": {
          "description": "The version of the record; send it back in `If-Match`.",
          "schema": {
            "type": "string"
          },
          "example": "\"1\""
        },
        "Location": {
          "description": "The URL of the created record.",
          "schema": {
            "type": "string"
          },
          "example": "/v1/persons/430100-P-000123"
        },
        "SchemaVersion": {
          "description": "The version of the standard the response follows (the request's `CZT-Schema-Version`, or\nthe current one); sent on every response but a 400 for an unsupported version, with\n`Vary: CZT-Schema-Version`.\n",
          "schema": {
            "type": "string",
            "enum": [
              "1.0",
              "1.1"
            ]
          },
          "example": "1.1"
        }
      },
      "requestBodies": {
        "Transition": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Transition"
              },
              "examples": {
                "letter": {
                  "$ref": "#/components/examples/Transition"
                }
              }
            }
          }
        }
      },
      "responses": {
        "Person": {
          "description": "The person.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "../person.schema.json"
              },
              "examples": {
                "person": {
                  "$ref": "#/components/examples/Person"
                }
              }
            }
          }
        },
        "PersonCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonAsRead"
              },
              "examples": {
                "person": {
                  "$ref": "#/components/examples/Person"
                }
              }
            }
          }
        },
        "Enrolment": {
          "description": "The enrolment.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EnrolmentAsRead"
              },
              "examples": {
                "enrolment": {
                  "$ref": "#/components/examples/Enrolment"
                }
              }
            }
          }
        },
        "EnrolmentCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EnrolmentAsRead"
              },
              "examples": {
                "enrolment": {
                  "$ref": "#/components/examples/Enrolment"
                }
              }
            }
          }
        },
        "Transfer": {
          "description": "The transfer.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferAsRead"
              },
              "examples": {
                "pension": {
                  "$ref": "#/components/examples/Transfer"
                },
                "letterIssued": {
                  "$ref": "#/components/examples/TransferLetterIssued"
                },
                "withoutReadPersonal": {
                  "$ref": "#/components/examples/TransferWithoutReadPersonal"
                }
              }
            }
          }
        },
        "TransferCreated": {
          "description": "Created, in status `requested`.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferAsRead"
              },
              "examples": {
                "pension": {
                  "$ref": "#/components/examples/Transfer"
                }
              }
            }
          }
        },
        "AssistanceCase": {
          "description": "The assistance case.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AssistanceCaseAsRead"
              },
              "examples": {
                "dibao": {
                  "$ref": "#/components/examples/AssistanceCase"
                }
              }
            }
          }
        },
        "AssistanceCaseCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AssistanceCaseAsRead"
              },
              "examples": {
                "dibao": {
                  "$ref": "#/components/examples/AssistanceCase"
                }
              }
            }
          }
        },
        "BadRequest": {
          "description": "Malformed request: a body that is not UTF-8 or not JSON as the standard reads it (duplicate\nmember names, a reserved name, nesting over 64 levels; `errors[].offset` is the byte offset),\na bad query parameter, a missing `Idempotency-Key`, a bad cursor, malformed HTTP.\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "missingIdempotencyKey": {
                  "$ref": "#/components/examples/BadRequestProblem"
                },
                "duplicateMemberName": {
                  "$ref": "#/components/examples/MalformedJsonProblem"
                }
              }
            }
          }
        },
        "Unauthorized": {
          "description": "Missing, unknown or malformed bearer token.",
          "headers": {
            "WWW-Authenticate": {
              "description": "`Bearer`",
              "schema": {
                "type": "string"
              }
            }
          },
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "unknownToken": {
                  "$ref": "#/components/examples/UnauthorizedProblem"
                }
              }
            }
          }
        },
        "Forbidden": {
          "description": "The token may not do this; `errors[0].ruleId` says why: `api.scope` (the token lacks the\noperation's scope), `api.ownership` (the record belongs to another city or department),\n`api.record-id-city` (a new record's id does not begin with the token's city code and `-`),\n`api.own-agency` (the record names another agency than the token's as its own:\n`agency`, `to.agency` of a transfer, `meta.sourceAgency`), `api.transfer-side` (the other\nside of the transfer acts here, or names the receiving enrolment). On reads of personal data\n(v1.1): `type` `purpose-required` with `api.purpose-missing` or `api.purpose-unknown`, or `type`\n`consent-required` with `api.consent-*` (see the `CZT-Consent` parameter); `errors[0].pointer`\nnames the header (`/headers/CZT-Purpose`, `/headers/CZT-Consent`).\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "missingScope": {
                  "$ref": "#/components/examples/ForbiddenProblem"
                },
                "anotherCitysRecord": {
                  "$ref": "#/components/examples/OwnershipProblem"
                },
                "missingPurpose": {
                  "$ref": "#/components/examples/PurposeProblem"
                },
                "revokedConsent": {
                  "$ref": "#/components/examples/ConsentProblem"
                }
              }
            }
          }
        },
        "NotFound": {
          "description": "No such record.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "noSuchRecord": {
                  "$ref": "#/components/examples/NotFoundProblem"
                }
              }
            }
          }
        },
        "Conflict": {
          "description": "A record with this id already exists, or the new record duplicates a stored one under the\nvalidator's dataset rules: `dataset.duplicate-person` (one identity number twice in a\ncity) or `dataset.duplicate-enrolment` (the same person, by identity number across cities,\nenrolled twice in one insurance family over overlapping periods). `existingId` names the\nstored record.\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "duplicatePerson": {
                  "$ref": "#/components/examples/ConflictProblem"
                }
              }
            }
          }
        },
        "InvalidTransition": {
          "description": "The transition is not allowed from the record's current state.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "fromCompleted": {
                  "$ref": "#/components/examples/InvalidTransitionProblem"
                }
              }
            }
          }
        },
        "PreconditionFailed": {
          "description": "`If-Match` does not match the record's current `ETag` (a stale write).",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "staleETag": {
                  "$ref": "#/components/examples/PreconditionFailedProblem"
                }
              }
            }
          }
        },
        "PreconditionRequired": {
          "description": "`If-Match` is missing.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "missingIfMatch": {
                  "$ref": "#/components/examples/PreconditionRequiredProblem"
                }
              }
            }
          }
        },
        "PayloadTooLarge": {
          "description": "The body is over the size limit (1 MiB for records, 16 MiB for validations), or validating it needs more memory than one validation may use.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "overOneMiB": {
                  "$ref": "#/components/examples/PayloadTooLargeProblem"
                }
              }
            }
          }
        },
        "UnsupportedMediaType": {
          "description": "The body is not of the documented media type, or declares a charset other than UTF-8 (GB18030 too for exports).",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "gbkCharset": {
                  "$ref": "#/components/examples/UnsupportedMediaTypeProblem"
                }
              }
            }
          }
        },
        "RequestTimeout": {
          "description": "The request (headers and body) did not arrive within 60 s; the connection is closed.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "slowRequest": {
                  "$ref": "#/components/examples/RequestTimeoutProblem"
                }
              }
            }
          }
        },
        "UriTooLong": {
          "description": "The request target is over 4096 bytes, or a path segment over 128 characters.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "longTarget": {
                  "$ref": "#/components/examples/UriTooLongProblem"
                }
              }
            }
          }
        },
        "RequestHeaderFieldsTooLarge": {
          "description": "The request line and headers are over 16 KiB; the connection is closed.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "largeHeaders": {
                  "$ref": "#/components/examples/RequestHeaderFieldsTooLargeProblem"
                }
              }
            }
          }
        },
        "ServiceUnavailable": {
          "description": "The server is shutting down, or every validation worker is busy and the queue is full.",
          "headers": {
            "Retry-After": {
              "description": "Seconds to wait before trying again.",
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            }
          },
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "queueFull": {
                  "$ref": "#/components/examples/ServiceUnavailableProblem"
                }
              }
            }
          }
        },
        "UnprocessableContent": {
          "description": "The record breaks the standard (validator findings in `errors`, each with its rule id and\nJSON pointer), a reference does not resolve, a transfer names an enrolment of another person\nor city (`api.transfer-target`), a step time is out of bounds (`api.step-time`), or an\n`Idempotency-Key` was reused with another body.\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "badCheckCharacter": {
                  "$ref": "#/components/examples/ValidationProblem"
                }
              }
            }
          }
        },
        "Benefit": {
          "description": "The benefit.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BenefitAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Benefit"
                }
              }
            }
          }
        },
        "BenefitCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BenefitAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Benefit"
                }
              }
            }
          }
        },
        "MedicalRegistration": {
          "description": "The medical registration.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MedicalRegistrationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/MedicalRegistration"
                }
              }
            }
          }
        },
        "MedicalRegistrationCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MedicalRegistrationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/MedicalRegistration"
                }
              }
            }
          }
        },
        "MedicalSettlement": {
          "description": "The medical settlement.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MedicalSettlementAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/MedicalSettlement"
                }
              }
            }
          }
        },
        "MedicalSettlementCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MedicalSettlementAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/MedicalSettlement"
                }
              }
            }
          }
        },
        "Organisation": {
          "description": "The organisation.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrganisationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Organisation"
                }
              }
            }
          }
        },
        "OrganisationCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OrganisationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Organisation"
                }
              }
            }
          }
        },
        "Donation": {
          "description": "The donation.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DonationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Donation"
                }
              }
            }
          }
        },
        "DonationCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DonationAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Donation"
                }
              }
            }
          }
        },
        "Gone": {
          "description": "The record was retracted: a tombstone. `reason` is the retraction's reason code and\n`retractedAt` when it was retracted (extension members of the problem).\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "retracted": {
                  "$ref": "#/components/examples/GoneProblem"
                }
              }
            }
          }
        },
        "Retraction": {
          "description": "Retracted; the `ETag` is the tombstone's version.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Retraction"
              },
              "examples": {
                "enteredInError": {
                  "$ref": "#/components/examples/Retraction"
                }
              }
            }
          }
        },
        "RecordVersions": {
          "description": "Every stored version, oldest first.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordVersionList"
              },
              "examples": {
                "corrected": {
                  "$ref": "#/components/examples/RecordVersionList"
                }
              }
            }
          }
        },
        "PersonLinked": {
          "description": "The duplicate as now stored, naming its survivor in `replacedBy`.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "../person.schema.json"
              },
              "examples": {
                "linked": {
                  "$ref": "#/components/examples/PersonLinked"
                }
              }
            }
          }
        },
        "InvalidSubscription": {
          "description": "The subscription is not valid: `errors[0].pointer` names the member — `/callbackUrl` (not an\nabsolute http or https URL, carries credentials or a fragment, or a target this server does\nnot deliver to; rule `api.subscription-callback`), `/filter/…` (an unknown event type,\nrecord type or named filter; rule `api.subscription`).\n",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "#/components/schemas/Problem"
              },
              "examples": {
                "ftpCallback": {
                  "$ref": "#/components/examples/InvalidSubscriptionProblem"
                }
              }
            }
          }
        },
        "Consent": {
          "description": "The consent.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConsentAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Consent"
                }
              }
            }
          }
        },
        "ConsentCreated": {
          "description": "Created.",
          "headers": {
            "ETag": {
              "$ref": "#/components/headers/ETag"
            },
            "CZT-Schema-Version": {
              "$ref": "#/components/headers/SchemaVersion"
            },
            "Location": {
              "$ref": "#/components/headers/Location"
            }
          },
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConsentAsRead"
              },
              "examples": {
                "example": {
                  "$ref": "#/components/examples/Consent"
                }
              }
            }
          }
        }
      },
      "schemas": {
        "Page": {
          "type": "object",
          "required": [
            "items"
          ],
          "properties": {
            "nextCursor": {
              "type": "string",
              "description": "Present when there are more items; pass it as `cursor`."
            }
          }
        },
        "PersonPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "../person.schema.json"
                  }
                }
              }
            }
          ]
        },
        "EnrolmentPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/EnrolmentAsRead"
                  }
                }
              }
            }
          ]
        },
        "TransferPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TransferAsRead"
                  }
                }
              }
            }
          ]
        },
        "AssistanceCasePage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "../assistance.schema.json"
                  }
                }
              }
            }
          ]
        },
        "PersonAsRead": {
          "description": "A person as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` (identity numbers, name, birth date, contact, …) are left out, so here\nthey are optional (the bundle derives this view from the person schema); with it, the\nrecord is whole.\n",
          "$ref": "../person.schema.json",
          "x-czt-read-view": true
        },
        "EnrolmentAsRead": {
          "description": "An enrolment as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` (`monthlyContributionBase`, `contributions[].monthlyBase`) are left\nout, so here they are optional (the bundle derives this view from the enrolment schema).\n",
          "$ref": "../enrolment.schema.json",
          "x-czt-read-view": true
        },
        "TransferAsRead": {
          "description": "A transfer as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` (`individualAccountBalance`, `contributions[].monthlyBase`) are left\nout, so here they are optional (the bundle derives this view from the transfer schema).\n",
          "$ref": "../transfer.schema.json",
          "x-czt-read-view": true
        },
        "AssistanceCaseAsRead": {
          "description": "An assistance case as the token may read it. Reads need `read:personal`, but the answer to\na create or a review by a token without it leaves out the fields marked\n`x-czt-sensitivity` (`perCapitaIncome`, `benefitAmount`, …), so here they are optional.\n",
          "$ref": "../assistance.schema.json",
          "x-czt-read-view": true
        },
        "TokenInfo": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agency",
            "city",
            "scopes"
          ],
          "properties": {
            "agency": {
              "$ref": "../common.schema.json#/$defs/agency"
            },
            "city": {
              "$ref": "../common.schema.json#/$defs/cityCode"
            },
            "scopes": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "read",
                  "read:personal",
                  "write",
                  "validate"
                ]
              }
            }
          }
        },
        "DuplicateCheckRequest": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "family"
          ],
          "minProperties": 2,
          "properties": {
            "personId": {
              "$ref": "../common.schema.json#/$defs/recordId"
            },
            "idNumber": {
              "$ref": "../common.schema.json#/$defs/idNumber"
            },
            "family": {
              "type": "string",
              "description": "An insurance family (column `family` of code list `insuranceScheme`).",
              "enum": [
                "pension",
                "medical",
                "unemployment",
                "workInjury",
                "maternity"
              ]
            },
            "activeOn": {
              "$ref": "../common.schema.json#/$defs/date",
              "description": "Only enrolments whose period contains this date; absent = any time."
            }
          }
        },
        "DuplicateCheckResult": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "enrolled",
            "family",
            "matches"
          ],
          "properties": {
            "enrolled": {
              "type": "boolean"
            },
            "family": {
              "type": "string"
            },
            "personIds": {
              "type": "array",
              "description": "The stored persons the request resolved to.",
              "items": {
                "$ref": "../common.schema.json#/$defs/recordId"
              }
            },
            "matches": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "enrolmentId",
                  "personId",
                  "scheme",
                  "city",
                  "agency",
                  "period",
                  "contributionStatus"
                ],
                "properties": {
                  "enrolmentId": {
                    "$ref": "../common.schema.json#/$defs/recordId"
                  },
                  "personId": {
                    "$ref": "../common.schema.json#/$defs/recordId"
                  },
                  "scheme": {
                    "type": "string"
                  },
                  "city": {
                    "$ref": "../common.schema.json#/$defs/cityCode"
                  },
                  "agency": {
                    "$ref": "../common.schema.json#/$defs/agency"
                  },
                  "period": {
                    "$ref": "../common.schema.json#/$defs/period"
                  },
                  "contributionStatus": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "Transition": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "at": {
              "type": "string",
              "format": "date-time",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",
              "description": "When the step happened; default the server's time. No later than the server's time plus\n5 minutes (clock skew) and not before the previous step, else 422 `api.step-time`.\n"
            },
            "reasonCode": {
              "type": "string",
              "description": "A code of list `transferReason`; required to reject.",
              "minLength": 1,
              "maxLength": 64
            },
            "note": {
              "type": "string",
              "maxLength": 2000
            },
            "toEnrolmentId": {
              "$ref": "../common.schema.json#/$defs/recordId",
              "description": "The enrolment at the receiving agency; required to complete unless already set, except\nfor a transfer out of the three cities (`to.external`), which names none. Given by\nthe receiving agency only (403 `api.transfer-side`); an enrolment of the transfer's person\nin `to.city` (422 `api.transfer-target`).\n"
            }
          }
        },
        "Review": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "reviewDate",
            "outcome"
          ],
          "properties": {
            "reviewDate": {
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$"
            },
            "outcome": {
              "type": "string",
              "enum": [
                "continued",
                "adjusted",
                "suspended",
                "terminated"
              ]
            },
            "nextReviewDate": {
              "type": "string",
              "format": "date",
              "pattern": "^([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)$",
              "description": "Required unless the outcome is `terminated`."
            },
            "perCapitaIncome": {
              "type": "integer",
              "minimum": 0,
              "description": "New household per-capita income in fen (for `adjusted`)."
            },
            "benefitAmount": {
              "type": "integer",
              "minimum": 0,
              "description": "New monthly benefit in fen (for `adjusted`)."
            }
          }
        },
        "Problem": {
          "type": "object",
          "description": "RFC 9457 problem details, extended with the validator's findings.",
          "required": [
            "type",
            "title",
            "status"
          ],
          "properties": {
            "type": {
              "type": "string",
              "format": "uri-reference"
            },
            "title": {
              "type": "string"
            },
            "status": {
              "type": "integer",
              "minimum": 400,
              "maximum": 599
            },
            "detail": {
              "type": "string"
            },
            "instance": {
              "type": "string"
            },
            "existingId": {
              "$ref": "../common.schema.json#/$defs/recordId",
              "description": "In a 409, the stored record the request conflicts with."
            },
            "reason": {
              "type": "string",
              "description": "In a 410, the retraction's reason code (`RetractionRequest.reason`)."
            },
            "retractedAt": {
              "$ref": "../common.schema.json#/$defs/dateTime",
              "description": "In a 410, when the record was retracted."
            },
            "errors": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "ruleId",
                  "pointer"
                ],
                "properties": {
                  "ruleId": {
                    "type": "string",
                    "description": "The validator's stable rule id (e.g. `id-number.check-character`)."
                  },
                  "pointer": {
                    "type": "string",
                    "description": "JSON pointer into the request body."
                  },
                  "severity": {
                    "type": "string",
                    "enum": [
                      "error",
                      "warning",
                      "info"
                    ]
                  },
                  "detail": {
                    "type": "string"
                  },
                  "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Byte offset in the request body, for a problem found while reading it (encoding, JSON syntax, names, depth)."
                  }
                }
              }
            }
          }
        },
        "BenefitPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/BenefitAsRead"
                  }
                }
              }
            }
          ]
        },
        "BenefitAsRead": {
          "description": "A benefit as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` are left out, so here they are optional (the bundle derives this view\nfrom the benefit schema).\n",
          "$ref": "../benefit.schema.json",
          "x-czt-read-view": true
        },
        "MedicalRegistrationPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/MedicalRegistrationAsRead"
                  }
                }
              }
            }
          ]
        },
        "MedicalRegistrationAsRead": {
          "description": "A medical registration as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` are left out, so here they are optional (the bundle derives this view\nfrom the medicalRegistration schema).\n",
          "$ref": "../medicalRegistration.schema.json",
          "x-czt-read-view": true
        },
        "MedicalSettlementPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/MedicalSettlementAsRead"
                  }
                }
              }
            }
          ]
        },
        "MedicalSettlementAsRead": {
          "description": "A medical settlement as the token may read it. Without `read:personal` the fields marked\n`x-czt-sensitivity` are left out, so here they are optional (the bundle derives this view\nfrom the medicalSettlement schema).\n",
          "$ref": "../medicalSettlement.schema.json",
          "x-czt-read-view": true
        },
        "OrganisationPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "../organisation.schema.json"
                  }
                }
              }
            }
          ]
        },
        "DonationPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/DonationAsRead"
                  }
                }
              }
            }
          ]
        },
        "OrganisationAsRead": {
          "description": "An organisation as the token reads it (no field of an organisation is sensitive).",
          "$ref": "../organisation.schema.json",
          "x-czt-read-view": true
        },
        "DonationAsRead": {
          "description": "A donation as the token may read it. Reads need `read:personal`, but the answer to a create\nby a token without it leaves out the fields marked `x-czt-sensitivity` (`donorName`), so here\nthey are optional.\n",
          "$ref": "../donation.schema.json",
          "x-czt-read-view": true
        },
        "Event": {
          "type": "object",
          "description": "One stored change, as the feed returns it.",
          "required": [
            "position",
            "type",
            "recordType",
            "recordId",
            "version",
            "occurredAt"
          ],
          "properties": {
            "position": {
              "type": "integer",
              "minimum": 1,
              "description": "Strictly increasing in commit order; never reused."
            },
            "type": {
              "type": "string",
              "enum": [
                "created",
                "corrected",
                "retracted",
                "statusChanged",
                "linked"
              ]
            },
            "recordType": {
              "type": "string",
              "enum": [
                "person",
                "enrolment",
                "transfer",
                "assistance",
                "benefit",
                "medicalRegistration",
                "medicalSettlement",
                "organisation",
                "donation"
              ]
            },
            "recordId": {
              "$ref": "../common.schema.json#/$defs/recordId"
            },
            "version": {
              "type": "integer",
              "minimum": 1,
              "description": "The record's version after the change (its `ETag` is this number quoted)."
            },
            "occurredAt": {
              "$ref": "../common.schema.json#/$defs/dateTime",
              "description": "When the change was stored (UTC)."
            },
            "city": {
              "type": "string",
              "description": "The city that owns the record."
            },
            "department": {
              "type": "string",
              "description": "The department that owns the record."
            },
            "agency": {
              "$ref": "../common.schema.json#/$defs/agency",
              "description": "The writer (absent only for records stored before the feed existed)."
            },
            "record": {
              "type": "object",
              "description": "The record at `version`, as the token may read it (absent for `retracted`)."
            },
            "reason": {
              "type": "string",
              "description": "The reason code of a retraction."
            }
          }
        },
        "EventPage": {
          "type": "object",
          "required": [
            "items",
            "next"
          ],
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Event"
              }
            },
            "next": {
              "type": "integer",
              "minimum": 0,
              "description": "The position to pass as `after` next; the last item's position, or `after` itself when the page is empty."
            }
          }
        },
        "RetractionRequest": {
          "type": "object",
          "required": [
            "reason"
          ],
          "additionalProperties": false,
          "properties": {
            "reason": {
              "type": "string",
              "enum": [
                "entered-in-error",
                "duplicate",
                "wrong-person",
                "other"
              ],
              "description": "`entered-in-error` (the record should never have existed), `duplicate` (another record\nholds the same facts; for persons prefer linkPerson), `wrong-person` (filed against the\nwrong person), `other` (say why in `note`).\n"
            },
            "note": {
              "type": "string",
              "minLength": 1,
              "maxLength": 500,
              "description": "Free text for the owner's own records; not returned to readers."
            }
          }
        },
        "Retraction": {
          "type": "object",
          "required": [
            "id",
            "version",
            "reason",
            "retractedAt"
          ],
          "properties": {
            "id": {
              "$ref": "../common.schema.json#/$defs/recordId"
            },
            "version": {
              "type": "integer",
              "minimum": 2,
              "description": "The tombstone's version (one after the last stored one)."
            },
            "reason": {
              "type": "string"
            },
            "retractedAt": {
              "$ref": "../common.schema.json#/$defs/dateTime"
            }
          }
        },
        "RecordVersionList": {
          "type": "object",
          "required": [
            "items"
          ],
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "version",
                  "etag",
                  "writtenAt",
                  "record"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "etag": {
                    "type": "string",
                    "description": "The version's entity tag, as `ETag` gives it."
                  },
                  "writtenAt": {
                    "$ref": "../common.schema.json#/$defs/dateTime"
                  },
                  "record": {
                    "type": "object",
                    "description": "The record at this version, as the token may read it."
                  }
                }
              }
            }
          }
        },
        "PersonLinkRequest": {
          "type": "object",
          "required": [
            "replacedBy"
          ],
          "additionalProperties": false,
          "properties": {
            "replacedBy": {
              "$ref": "../common.schema.json#/$defs/recordId",
              "description": "The person that replaces this one (the survivor), of the same agency."
            }
          }
        },
        "SubscriptionFilter": {
          "type": "object",
          "additionalProperties": false,
          "description": "Which events are delivered; every event the token may read when empty. `named` filters\n(evaluated against the stored records when the event is committed): `deathsOfMyPersons` —\na person recorded deceased (`vitalStatus.status` deceased or a `deathDate`) who holds an\nactive enrolment or active assistance case with the subscriber's agency;\n`enrolmentsOfMyPersonsElsewhere` — an enrolment created in another city for a person the\nagency registered or holds an active enrolment or case for; `transfersAddressedToMe` — every\nevent of a transfer whose sending side (`from`) is the agency.\n",
          "properties": {
            "types": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "type": "string",
                "enum": [
                  "created",
                  "corrected",
                  "retracted",
                  "statusChanged",
                  "linked"
                ]
              }
            },
            "recordTypes": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "type": "string",
                "enum": [
                  "person",
                  "enrolment",
                  "transfer",
                  "assistance",
                  "benefit",
                  "medicalRegistration",
                  "medicalSettlement",
                  "organisation",
                  "donation"
                ]
              }
            },
            "named": {
              "type": "string",
              "enum": [
                "deathsOfMyPersons",
                "enrolmentsOfMyPersonsElsewhere",
                "transfersAddressedToMe"
              ]
            }
          }
        },
        "SubscriptionRequest": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "callbackUrl"
          ],
          "properties": {
            "callbackUrl": {
              "type": "string",
              "format": "uri",
              "maxLength": 2048,
              "description": "Where deliveries are POSTed; absolute http or https, without credentials."
            },
            "filter": {
              "$ref": "#/components/schemas/SubscriptionFilter"
            },
            "description": {
              "type": "string",
              "maxLength": 500
            }
          }
        },
        "Subscription": {
          "type": "object",
          "required": [
            "id",
            "callbackUrl",
            "filter",
            "status",
            "createdAt",
            "startedAfter"
          ],
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^sub_[A-Za-z0-9_-]{1,64}$"
            },
            "callbackUrl": {
              "type": "string",
              "format": "uri"
            },
            "filter": {
              "$ref": "#/components/schemas/SubscriptionFilter"
            },
            "description": {
              "type": "string"
            },
            "purpose": {
              "type": "string",
              "description": "The `readPurpose` code given in `CZT-Purpose` at creation: each delivered event that carries\na personal record is written to the read audit under it (operation `receiveSubscriptionDelivery`).\nA purpose that needs consent cannot be a subscription's (403 `api.subscription-consent-purpose`).\n"
            },
            "status": {
              "type": "string",
              "enum": [
                "active",
                "suspended"
              ],
              "description": "`suspended` after a delivery failed its last attempt: nothing is sent until `POST …/resume`."
            },
            "createdAt": {
              "$ref": "../common.schema.json#/$defs/dateTime"
            },
            "startedAfter": {
              "type": "integer",
              "minimum": 0,
              "description": "The feed position at creation; events after it are delivered."
            }
          }
        },
        "SubscriptionCreated": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Subscription"
            },
            {
              "type": "object",
              "required": [
                "secret"
              ],
              "properties": {
                "secret": {
                  "type": "string",
                  "pattern": "^whsec_[A-Za-z0-9_-]{16,}$",
                  "description": "The HMAC-SHA256 key of `X-CZT-Signature` (its UTF-8 bytes); shown only here."
                }
              }
            }
          ]
        },
        "SubscriptionList": {
          "type": "object",
          "required": [
            "items"
          ],
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Subscription"
              }
            }
          }
        },
        "Delivery": {
          "type": "object",
          "required": [
            "id",
            "position",
            "eventType",
            "recordType",
            "recordId",
            "status",
            "attempts",
            "createdAt"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "Sent as `X-CZT-Delivery` and `deliveryId`; the same on every attempt."
            },
            "position": {
              "type": "integer",
              "minimum": 1,
              "description": "The event's feed position."
            },
            "eventType": {
              "type": "string",
              "enum": [
                "created",
                "corrected",
                "retracted",
                "statusChanged",
                "linked"
              ]
            },
            "recordType": {
              "type": "string"
            },
            "recordId": {
              "$ref": "../common.schema.json#/$defs/recordId"
            },
            "status": {
              "type": "string",
              "enum": [
                "pending",
                "delivered",
                "failed"
              ]
            },
            "attempts": {
              "type": "integer",
              "minimum": 0
            },
            "nextAttemptAt": {
              "$ref": "../common.schema.json#/$defs/dateTime",
              "description": "When a pending delivery is tried next."
            },
            "lastError": {
              "type": "string",
              "description": "Why the last attempt failed (the receiver's status, a timeout, a refused connection)."
            },
            "responseStatus": {
              "type": "integer",
              "description": "The HTTP status of the receiver's last answer."
            },
            "createdAt": {
              "$ref": "../common.schema.json#/$defs/dateTime"
            },
            "deliveredAt": {
              "$ref": "../common.schema.json#/$defs/dateTime"
            }
          }
        },
        "DeliveryPage": {
          "type": "object",
          "required": [
            "items"
          ],
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Delivery"
              }
            },
            "next": {
              "type": "integer",
              "minimum": 1,
              "description": "Pass as `after` for the next page; absent on the last page."
            }
          }
        },
        "SubscriptionDelivery": {
          "type": "object",
          "description": "The body the server POSTs to a callback URL, signed with `X-CZT-Signature` over its raw bytes.",
          "required": [
            "subscriptionId",
            "deliveryId",
            "event"
          ],
          "properties": {
            "subscriptionId": {
              "type": "string"
            },
            "deliveryId": {
              "type": "string"
            },
            "event": {
              "$ref": "#/components/schemas/Event"
            }
          }
        },
        "ConsentAsRead": {
          "description": "A consent as the token reads it (no field of a consent is marked sensitive).",
          "$ref": "../consent.schema.json",
          "x-czt-read-view": true
        },
        "ConsentPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ConsentAsRead"
                  }
                }
              }
            }
          ]
        },
        "ConsentRevocation": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "revokedAt": {
              "$ref": "../common.schema.json#/$defs/dateTime",
              "description": "When the person withdrew the consent; absent = now. Not in the future."
            }
          }
        },
        "PersonSearch": {
          "description": "By identity number, or by name and birth date (both) for people without one; `limit` and `cursor` page as in lists.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "idNumber": {
              "$ref": "../common.schema.json#/$defs/idNumber"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            },
            "birthDate": {
              "$ref": "../common.schema.json#/$defs/date"
            },
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "cursor": {
              "type": "string",
              "minLength": 1,
              "maxLength": 512
            }
          },
          "oneOf": [
            {
              "required": [
                "idNumber"
              ]
            },
            {
              "required": [
                "name",
                "birthDate"
              ]
            }
          ]
        },
        "AuditEvent": {
          "description": "One read of one record of personal data.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "at",
            "agency",
            "operation",
            "recordId",
            "recordType",
            "purpose"
          ],
          "properties": {
            "id": {
              "type": "string",
              "description": "The event's position in the log (increasing)."
            },
            "at": {
              "$ref": "../common.schema.json#/$defs/dateTime",
              "description": "When the record was read (UTC)."
            },
            "agency": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "creditCode",
                "city",
                "department"
              ],
              "description": "The agency that read.",
              "properties": {
                "creditCode": {
                  "type": "string"
                },
                "city": {
                  "type": "string"
                },
                "department": {
                  "type": "string"
                }
              }
            },
            "operation": {
              "type": "string",
              "description": "The operationId of the read (getPerson, listEnrolments, searchPersonsByBody, checkDuplicateEnrolment …)."
            },
            "recordId": {
              "$ref": "../common.schema.json#/$defs/recordId"
            },
            "recordType": {
              "type": "string",
              "enum": [
                "person",
                "enrolment",
                "transfer",
                "assistance",
                "benefit",
                "medicalRegistration",
                "medicalSettlement",
                "consent"
              ]
            },
            "purpose": {
              "type": "string",
              "description": "The `CZT-Purpose` of the read."
            },
            "consentId": {
              "$ref": "../common.schema.json#/$defs/recordId"
            }
          }
        },
        "AuditEventPage": {
          "allOf": [
            {
              "$ref": "#/components/schemas/Page"
            },
            {
              "type": "object",
              "properties": {
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/AuditEvent"
                  }
                }
              }
            }
          ]
        }
      },
      "examples": {
        "TokenInfo": {
          "summary": "The Changsha bureau's token, with every scope",
          "value": {
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "hrss",
              "name": "长沙市人力资源和社会保障局"
            },
            "city": "430100",
            "scopes": [
              "read",
              "read:personal",
              "write",
              "validate"
            ]
          }
        },
        "Person": {
          "summary": "张伟 of 芙蓉区, Changsha",
          "value": {
            "recordType": "person",
            "id": "430100-P-000123",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "idNumber": "430102199003071234",
            "name": "张伟",
            "sex": "1",
            "birthDate": "1990-03-07",
            "nationality": "CHN",
            "hukou": {
              "division": "430102",
              "residenceType": "urban"
            }
          }
        },
        "PersonPage": {
          "summary": "The one person with the identity number",
          "value": {
            "items": [
              {
                "recordType": "person",
                "id": "430100-P-000123",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "idNumber": "430102199003071234",
                "name": "张伟",
                "sex": "1",
                "birthDate": "1990-03-07",
                "nationality": "CHN",
                "hukou": {
                  "division": "430102",
                  "residenceType": "urban"
                }
              }
            ]
          }
        },
        "Enrolment": {
          "summary": "Resident medical insurance in Changsha since 2024",
          "value": {
            "recordType": "enrolment",
            "id": "430100-E-000456",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "scheme": "medical.resident",
            "city": "430100",
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "hrss"
            },
            "contributionStatus": "1",
            "employmentStatus": "0",
            "period": {
              "start": "2024-01-01"
            }
          }
        },
        "EnrolmentPage": {
          "summary": "A first page, with more to come",
          "value": {
            "items": [
              {
                "recordType": "enrolment",
                "id": "430100-E-000456",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "personId": "430100-P-000123",
                "scheme": "medical.resident",
                "city": "430100",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "hrss"
                },
                "contributionStatus": "1",
                "employmentStatus": "0",
                "period": {
                  "start": "2024-01-01"
                }
              }
            ],
            "nextCursor": "eyJhZnRlciI6IjQzMDEwMC1FLTAwMDQ1NiJ9.q4uFZl1vZ8b3cHj2Yp0sRw"
          }
        },
        "Transfer": {
          "summary": "A pension transfer from Changsha to Zhuzhou, just requested (one pool since Hunan's provincial pooling, so no funds move)",
          "value": {
            "recordType": "transfer",
            "id": "430200-T-000789",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "kind": "pension.employee.intercity",
            "from": {
              "city": "430100",
              "agency": {
                "creditCode": "11430100MB0000019A",
                "division": "430100",
                "department": "hrss"
              },
              "enrolmentId": "430100-E-000456"
            },
            "to": {
              "city": "430200",
              "agency": {
                "creditCode": "11430200MB0000027A",
                "division": "430200",
                "department": "hrss"
              }
            },
            "status": "requested",
            "steps": [
              {
                "status": "requested",
                "at": "2026-01-15T09:30:00+08:00"
              }
            ],
            "contributionMonths": 12,
            "individualAccountBalance": 0,
            "pooledFundAmount": 0,
            "contributions": [
              {
                "year": 2025,
                "months": 12,
                "monthlyBase": 500000,
                "individualAmount": 480000,
                "employerAmount": 960000
              }
            ]
          }
        },
        "TransferLetterIssued": {
          "summary": "The same transfer after Zhuzhou issued the contact letter",
          "value": {
            "recordType": "transfer",
            "id": "430200-T-000789",
            "meta": {
              "lastUpdated": "2026-01-20T10:00:00+08:00"
            },
            "personId": "430100-P-000123",
            "kind": "pension.employee.intercity",
            "from": {
              "city": "430100",
              "agency": {
                "creditCode": "11430100MB0000019A",
                "division": "430100",
                "department": "hrss"
              },
              "enrolmentId": "430100-E-000456"
            },
            "to": {
              "city": "430200",
              "agency": {
                "creditCode": "11430200MB0000027A",
                "division": "430200",
                "department": "hrss"
              }
            },
            "status": "letterIssued",
            "steps": [
              {
                "status": "requested",
                "at": "2026-01-15T09:30:00+08:00"
              },
              {
                "status": "letterIssued",
                "at": "2026-01-20T10:00:00+08:00",
                "note": "联系函已发出"
              }
            ],
            "contributionMonths": 12,
            "individualAccountBalance": 0,
            "pooledFundAmount": 0,
            "contributions": [
              {
                "year": 2025,
                "months": 12,
                "monthlyBase": 500000,
                "individualAmount": 480000,
                "employerAmount": 960000
              }
            ]
          }
        },
        "TransferWithoutReadPersonal": {
          "summary": "The requested transfer as a token without read:personal reads it (no balance, no wages)",
          "value": {
            "recordType": "transfer",
            "id": "430200-T-000789",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "kind": "pension.employee.intercity",
            "from": {
              "city": "430100",
              "agency": {
                "creditCode": "11430100MB0000019A",
                "division": "430100",
                "department": "hrss"
              },
              "enrolmentId": "430100-E-000456"
            },
            "to": {
              "city": "430200",
              "agency": {
                "creditCode": "11430200MB0000027A",
                "division": "430200",
                "department": "hrss"
              }
            },
            "status": "requested",
            "steps": [
              {
                "status": "requested",
                "at": "2026-01-15T09:30:00+08:00"
              }
            ],
            "contributionMonths": 12,
            "pooledFundAmount": 0,
            "contributions": [
              {
                "year": 2025,
                "months": 12,
                "individualAmount": 480000,
                "employerAmount": 960000
              }
            ]
          }
        },
        "TransferPage": {
          "summary": "A page of one transfer, the last",
          "value": {
            "items": [
              {
                "recordType": "transfer",
                "id": "430200-T-000789",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "personId": "430100-P-000123",
                "kind": "pension.employee.intercity",
                "from": {
                  "city": "430100",
                  "agency": {
                    "creditCode": "11430100MB0000019A",
                    "division": "430100",
                    "department": "hrss"
                  },
                  "enrolmentId": "430100-E-000456"
                },
                "to": {
                  "city": "430200",
                  "agency": {
                    "creditCode": "11430200MB0000027A",
                    "division": "430200",
                    "department": "hrss"
                  }
                },
                "status": "requested",
                "steps": [
                  {
                    "status": "requested",
                    "at": "2026-01-15T09:30:00+08:00"
                  }
                ],
                "contributionMonths": 12,
                "individualAccountBalance": 0,
                "pooledFundAmount": 0,
                "contributions": [
                  {
                    "year": 2025,
                    "months": 12,
                    "monthlyBase": 500000,
                    "individualAmount": 480000,
                    "employerAmount": 960000
                  }
                ]
              }
            ]
          }
        },
        "AssistanceCase": {
          "summary": "An urban 低保 case of a household of three in 雨湖区, Xiangtan",
          "value": {
            "recordType": "assistance",
            "id": "430300-A-000321",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "programme": "dibao.urban",
            "personId": "430100-P-000123",
            "household": {
              "householdId": "H-430302-0001",
              "headPersonId": "430100-P-000123",
              "size": 3
            },
            "coveredMembers": 3,
            "city": "430300",
            "agency": {
              "creditCode": "11430300MB0000019L",
              "division": "430300",
              "department": "civilAffairs"
            },
            "caseStatus": "active",
            "dates": {
              "applied": "2025-06-01",
              "approved": "2025-07-01"
            },
            "monthlyStandard": 75000,
            "perCapitaIncome": 30000,
            "benefitAmount": 135000,
            "lastReviewDate": "2025-12-01",
            "nextReviewDate": "2026-06-01"
          }
        },
        "AssistanceCasePage": {
          "summary": "A page of one case, the last",
          "value": {
            "items": [
              {
                "recordType": "assistance",
                "id": "430300-A-000321",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "programme": "dibao.urban",
                "personId": "430100-P-000123",
                "household": {
                  "householdId": "H-430302-0001",
                  "headPersonId": "430100-P-000123",
                  "size": 3
                },
                "coveredMembers": 3,
                "city": "430300",
                "agency": {
                  "creditCode": "11430300MB0000019L",
                  "division": "430300",
                  "department": "civilAffairs"
                },
                "caseStatus": "active",
                "dates": {
                  "applied": "2025-06-01",
                  "approved": "2025-07-01"
                },
                "monthlyStandard": 75000,
                "perCapitaIncome": 30000,
                "benefitAmount": 135000,
                "lastReviewDate": "2025-12-01",
                "nextReviewDate": "2026-06-01"
              }
            ]
          }
        },
        "DuplicateCheckRequest": {
          "summary": "Is 张伟 in medical insurance anywhere on 1 January 2026?",
          "value": {
            "idNumber": "430102199003071234",
            "family": "medical",
            "activeOn": "2026-01-01"
          }
        },
        "DuplicateCheckResult": {
          "summary": "Yes, in Zhuzhou",
          "value": {
            "enrolled": true,
            "family": "medical",
            "personIds": [
              "430100-P-000123"
            ],
            "matches": [
              {
                "enrolmentId": "430200-E-000017",
                "personId": "430100-P-000123",
                "scheme": "medical.resident",
                "city": "430200",
                "agency": {
                  "creditCode": "11430200MB0000019F",
                  "division": "430200",
                  "department": "healthcareSecurity"
                },
                "period": {
                  "start": "2025-01-01"
                },
                "contributionStatus": "1"
              }
            ]
          }
        },
        "Transition": {
          "summary": "The contact letter went out on 20 January",
          "value": {
            "at": "2026-01-20T10:00:00+08:00",
            "note": "联系函已发出"
          }
        },
        "Review": {
          "summary": "The June review continues the case",
          "value": {
            "reviewDate": "2026-06-01",
            "outcome": "continued",
            "nextReviewDate": "2026-12-01"
          }
        },
        "ValidationReport": {
          "summary": "The report of that export (the identity number masked)",
          "value": {
            "summary": {
              "records": 2,
              "valid": 1,
              "invalid": 1,
              "errors": 1,
              "warnings": 0,
              "infos": 0,
              "byRule": {
                "id-number.check-character": 1
              },
              "files": 1,
              "schemaVersions": {
                "1.0": 1
              },
              "elapsedMs": 41,
              "recordsPerSecond": 48
            },
            "findings": [
              {
                "ruleId": "id-number.check-character",
                "severity": "error",
                "file": "upload.jsonl",
                "line": 3,
                "recordIndex": 1,
                "recordId": "430100-P-000124",
                "pointer": "/idNumber",
                "message": "Identity number 430104********2020: check character should be ***, found 0",
                "params": {
                  "idNumber": "430104********2020",
                  "expected": "***",
                  "actual": "0"
                }
              }
            ]
          }
        },
        "ValidationProblem": {
          "summary": "A person whose identity number has a wrong check character",
          "value": {
            "type": "https://czt-ss.org/problems/invalid-record",
            "title": "The record breaks the CZT-SS standard",
            "status": 422,
            "detail": "1 error",
            "instance": "/v1/persons",
            "errors": [
              {
                "ruleId": "id-number.check-character",
                "pointer": "/idNumber",
                "severity": "error",
                "detail": "Identity number 430102********1235: check character should be ***, found 5"
              }
            ]
          }
        },
        "InvalidTransitionProblem": {
          "summary": "Cancelling a completed transfer",
          "value": {
            "type": "https://czt-ss.org/problems/invalid-transition",
            "title": "Invalid transition",
            "status": 409,
            "detail": "cannot cancel a transfer in status completed"
          }
        },
        "BadRequestProblem": {
          "summary": "A POST without an Idempotency-Key",
          "value": {
            "type": "https://czt-ss.org/problems/bad-request",
            "title": "Bad request",
            "status": 400,
            "detail": "every POST needs an Idempotency-Key header (1 to 255 characters)",
            "instance": "/v1/persons",
            "errors": [
              {
                "ruleId": "api.idempotency-key",
                "pointer": "/headers/Idempotency-Key"
              }
            ]
          }
        },
        "MalformedJsonProblem": {
          "summary": "A body with one member name twice",
          "value": {
            "type": "https://czt-ss.org/problems/bad-request",
            "title": "Bad request",
            "status": 400,
            "detail": "The member name name appears more than once in one object (byte offset 142)",
            "instance": "/v1/persons",
            "errors": [
              {
                "ruleId": "input.duplicate-name",
                "pointer": "",
                "offset": 142,
                "detail": "The member name name appears more than once in one object"
              }
            ]
          }
        },
        "UnauthorizedProblem": {
          "summary": "A token the server does not know",
          "value": {
            "type": "https://czt-ss.org/problems/unauthorized",
            "title": "Unauthorized",
            "status": 401,
            "detail": "the bearer token is not known to this server",
            "instance": "/v1/me"
          }
        },
        "ForbiddenProblem": {
          "summary": "A token without the operation's scope",
          "value": {
            "type": "https://czt-ss.org/problems/forbidden",
            "title": "Forbidden",
            "status": 403,
            "detail": "this operation needs the write scope",
            "instance": "/v1/persons",
            "errors": [
              {
                "ruleId": "api.scope",
                "pointer": "",
                "severity": "error"
              }
            ]
          }
        },
        "OwnershipProblem": {
          "summary": "Zhuzhou's bureau writing to a Changsha record",
          "value": {
            "type": "https://czt-ss.org/problems/forbidden",
            "title": "Forbidden",
            "status": 403,
            "detail": "an agency writes only its own city's and department's records: this enrolment belongs to 430100/hrss, the token to 430200/hrss",
            "instance": "/v1/enrolments",
            "errors": [
              {
                "ruleId": "api.ownership",
                "pointer": "",
                "severity": "error",
                "detail": "an agency writes only its own city's and department's records: this enrolment belongs to 430100/hrss, the token to 430200/hrss"
              }
            ]
          }
        },
        "NotFoundProblem": {
          "summary": "No record with this id",
          "value": {
            "type": "https://czt-ss.org/problems/not-found",
            "title": "Not found",
            "status": 404,
            "detail": "no person with id 430100-P-000999",
            "instance": "/v1/persons/430100-P-000999"
          }
        },
        "ConflictProblem": {
          "summary": "A second person with 张伟's identity number in Changsha",
          "value": {
            "type": "https://czt-ss.org/problems/conflict",
            "title": "Conflict",
            "status": 409,
            "detail": "Identity number 430102********1234 already has person record 430100-P-000123 in 430100",
            "instance": "/v1/persons",
            "existingId": "430100-P-000123",
            "errors": [
              {
                "ruleId": "dataset.duplicate-person",
                "pointer": "/idNumber",
                "severity": "error",
                "detail": "Identity number 430102********1234 already has person record 430100-P-000123 in 430100"
              }
            ]
          }
        },
        "PreconditionFailedProblem": {
          "summary": "The transfer changed since it was read",
          "value": {
            "type": "https://czt-ss.org/problems/precondition-failed",
            "title": "Precondition failed",
            "status": 412,
            "detail": "the record has changed since it was read: its ETag is now \"3\""
          }
        },
        "PreconditionRequiredProblem": {
          "summary": "A transition without If-Match",
          "value": {
            "type": "https://czt-ss.org/problems/precondition-required",
            "title": "Precondition required",
            "status": 428,
            "detail": "this operation needs If-Match with the record's ETag (read it first)"
          }
        },
        "PayloadTooLargeProblem": {
          "summary": "A record body over 1 MiB",
          "value": {
            "type": "https://czt-ss.org/problems/payload-too-large",
            "title": "Payload too large",
            "status": 413,
            "detail": "the body is over the limit of 1048576 bytes"
          }
        },
        "UnsupportedMediaTypeProblem": {
          "summary": "A body declared as GBK",
          "value": {
            "type": "https://czt-ss.org/problems/unsupported-media-type",
            "title": "Unsupported media type",
            "status": 415,
            "detail": "charset \"gbk\" is not accepted: send UTF-8 (charset=utf-8 or none)",
            "instance": "/v1/persons"
          }
        },
        "RequestTimeoutProblem": {
          "summary": "Headers and body did not arrive within 60 s",
          "value": {
            "type": "https://czt-ss.org/problems/request-timeout",
            "title": "Request timeout",
            "status": 408,
            "detail": "the request did not arrive in time; the connection is closed"
          }
        },
        "UriTooLongProblem": {
          "summary": "A request target over 4096 bytes",
          "value": {
            "type": "https://czt-ss.org/problems/uri-too-long",
            "title": "URI too long",
            "status": 414,
            "detail": "the request target is over 4096 bytes"
          }
        },
        "RequestHeaderFieldsTooLargeProblem": {
          "summary": "Headers over 16 KiB",
          "value": {
            "type": "https://czt-ss.org/problems/request-header-fields-too-large",
            "title": "Request header fields too large",
            "status": 431,
            "detail": "the request line and headers are over the size limit"
          }
        },
        "ServiceUnavailableProblem": {
          "summary": "Every validation worker is busy",
          "value": {
            "type": "https://czt-ss.org/problems/service-unavailable",
            "title": "Service unavailable",
            "status": 503,
            "detail": "every validation worker is busy and the queue is full; retry after 5 seconds"
          }
        },
        "Benefit": {
          "summary": "The enterprise pension of a Changsha retiree, in payment since March 2022",
          "value": {
            "recordType": "benefit",
            "id": "430100-B-000300",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "city": "430100",
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "hrss"
            },
            "benefitType": "pension.employee",
            "enrolmentId": "430100-E-000456",
            "period": {
              "start": "2022-03-01"
            },
            "status": "inPayment",
            "frequency": "monthly",
            "monthlyAmount": 325000,
            "payments": [
              {
                "month": "2025-12",
                "amount": 325000,
                "paidOn": "2025-12-15",
                "payee": {
                  "kind": "self"
                },
                "accountKind": "socialSecurityCard"
              }
            ]
          }
        },
        "BenefitPage": {
          "summary": "A page of one benefit, the last",
          "value": {
            "items": [
              {
                "recordType": "benefit",
                "id": "430100-B-000300",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "personId": "430100-P-000123",
                "city": "430100",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "hrss"
                },
                "benefitType": "pension.employee",
                "enrolmentId": "430100-E-000456",
                "period": {
                  "start": "2022-03-01"
                },
                "status": "inPayment",
                "frequency": "monthly",
                "monthlyAmount": 325000,
                "payments": [
                  {
                    "month": "2025-12",
                    "amount": 325000,
                    "paidOn": "2025-12-15",
                    "payee": {
                      "kind": "self"
                    },
                    "accountKind": "socialSecurityCard"
                  }
                ]
              }
            ]
          }
        },
        "MedicalRegistration": {
          "summary": "A Changsha retiree resettled in Guangzhou (异地安置退休)",
          "value": {
            "recordType": "medicalRegistration",
            "id": "430100-R-000301",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "city": "430100",
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "healthcareSecurity"
            },
            "registrationType": "resettledRetiree",
            "insuredDivision": "430100",
            "treatmentDivision": "440100",
            "period": {
              "start": "2025-01-01"
            },
            "registeredOn": "2024-12-20"
          }
        },
        "MedicalRegistrationPage": {
          "summary": "A page of one registration, the last",
          "value": {
            "items": [
              {
                "recordType": "medicalRegistration",
                "id": "430100-R-000301",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "personId": "430100-P-000123",
                "city": "430100",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "healthcareSecurity"
                },
                "registrationType": "resettledRetiree",
                "insuredDivision": "430100",
                "treatmentDivision": "440100",
                "period": {
                  "start": "2025-01-01"
                },
                "registeredOn": "2024-12-20"
              }
            ]
          }
        },
        "MedicalSettlement": {
          "summary": "A hospital stay in Guangzhou settled directly under that registration",
          "value": {
            "recordType": "medicalSettlement",
            "id": "430100-S-000302",
            "meta": {
              "lastUpdated": "2026-01-15T09:30:00+08:00"
            },
            "personId": "430100-P-000123",
            "registrationId": "430100-R-000301",
            "city": "430100",
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "healthcareSecurity"
            },
            "insuredDivision": "430100",
            "treatmentDivision": "440106",
            "settlementDate": "2025-11-08",
            "totalCost": 2350000,
            "policyRangeCost": 2010000,
            "pooledFundPayment": 1450000,
            "criticalIllnessPayment": 120000,
            "outOfPocket": 780000,
            "individualAccountPayment": 80000
          }
        },
        "MedicalSettlementPage": {
          "summary": "A page of one settlement, the last",
          "value": {
            "items": [
              {
                "recordType": "medicalSettlement",
                "id": "430100-S-000302",
                "meta": {
                  "lastUpdated": "2026-01-15T09:30:00+08:00"
                },
                "personId": "430100-P-000123",
                "registrationId": "430100-R-000301",
                "city": "430100",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "healthcareSecurity"
                },
                "insuredDivision": "430100",
                "treatmentDivision": "440106",
                "settlementDate": "2025-11-08",
                "totalCost": 2350000,
                "policyRangeCost": 2010000,
                "pooledFundPayment": 1450000,
                "criticalIllnessPayment": 120000,
                "outOfPocket": 780000,
                "individualAccountPayment": 80000
              }
            ]
          }
        },
        "Organisation": {
          "summary": "The Changsha charity federation, with a restricted 大病救助 project and the 一元捐 campaign",
          "value": {
            "recordType": "organisation",
            "id": "430100-O-000601",
            "meta": {
              "lastUpdated": "2026-10-30T17:45:00+08:00"
            },
            "kind": "charity",
            "name": "长沙市慈善总会",
            "creditCode": "53430100MJ000000XB",
            "city": "430100",
            "division": "430100",
            "registeredOn": "2017-09-01",
            "projects": [
              {
                "code": "430100-2026-DBJZ",
                "name": "大病救助",
                "purposes": [
                  "medical"
                ],
                "restricted": true
              },
              {
                "code": "430100-2026-YYJ",
                "name": "一元捐 扶贫济困",
                "purposes": [
                  "poverty",
                  "elderly",
                  "children"
                ],
                "restricted": false
              }
            ]
          }
        },
        "OrganisationPage": {
          "summary": "A page of one organisation, the last",
          "value": {
            "items": [
              {
                "recordType": "organisation",
                "id": "430100-O-000601",
                "meta": {
                  "lastUpdated": "2026-10-30T17:45:00+08:00"
                },
                "kind": "charity",
                "name": "长沙市慈善总会",
                "creditCode": "53430100MJ000000XB",
                "city": "430100",
                "division": "430100",
                "registeredOn": "2017-09-01",
                "projects": [
                  {
                    "code": "430100-2026-DBJZ",
                    "name": "大病救助",
                    "purposes": [
                      "medical"
                    ],
                    "restricted": true
                  },
                  {
                    "code": "430100-2026-YYJ",
                    "name": "一元捐 扶贫济困",
                    "purposes": [
                      "poverty",
                      "elderly",
                      "children"
                    ],
                    "restricted": false
                  }
                ]
              }
            ]
          }
        },
        "Donation": {
          "summary": "An enterprise's restricted donation to the 大病救助 project",
          "value": {
            "recordType": "donation",
            "id": "430100-D-000602",
            "meta": {
              "lastUpdated": "2026-10-30T17:45:00+08:00"
            },
            "organisationId": "430100-O-000601",
            "city": "430100",
            "donorType": "enterprise",
            "donorName": "长沙湘楚食品有限公司",
            "donorCreditCode": "91430100MA4L12346D",
            "amount": 20000000,
            "receivedOn": "2026-04-02",
            "projectCode": "430100-2026-DBJZ",
            "restricted": true
          }
        },
        "DonationPage": {
          "summary": "A page of one donation, the last",
          "value": {
            "items": [
              {
                "recordType": "donation",
                "id": "430100-D-000602",
                "meta": {
                  "lastUpdated": "2026-10-30T17:45:00+08:00"
                },
                "organisationId": "430100-O-000601",
                "city": "430100",
                "donorType": "enterprise",
                "donorName": "长沙湘楚食品有限公司",
                "donorCreditCode": "91430100MA4L12346D",
                "amount": 20000000,
                "receivedOn": "2026-04-02",
                "projectCode": "430100-2026-DBJZ",
                "restricted": true
              }
            ]
          }
        },
        "EventPage": {
          "summary": "A Changsha enrolment created, then a transfer to Zhuzhou requested",
          "value": {
            "items": [
              {
                "position": 41,
                "type": "created",
                "recordType": "enrolment",
                "recordId": "430100-E-000456",
                "version": 1,
                "occurredAt": "2026-01-15T01:30:00.000Z",
                "city": "430100",
                "department": "hrss",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "hrss",
                  "name": "长沙市人力资源和社会保障局"
                },
                "record": {
                  "recordType": "enrolment",
                  "id": "430100-E-000456",
                  "meta": {
                    "lastUpdated": "2026-01-15T09:30:00+08:00"
                  },
                  "personId": "430100-P-000123",
                  "scheme": "medical.resident",
                  "city": "430100",
                  "agency": {
                    "creditCode": "11430100MB0000019A",
                    "division": "430100",
                    "department": "hrss"
                  },
                  "contributionStatus": "1",
                  "employmentStatus": "0",
                  "period": {
                    "start": "2024-01-01"
                  }
                }
              },
              {
                "position": 42,
                "type": "created",
                "recordType": "transfer",
                "recordId": "430200-T-000789",
                "version": 1,
                "occurredAt": "2026-01-15T01:31:00.000Z",
                "city": "430200",
                "department": "hrss",
                "agency": {
                  "creditCode": "11430200MB0000027A",
                  "division": "430200",
                  "department": "hrss",
                  "name": "株洲市人力资源和社会保障局"
                },
                "record": {
                  "recordType": "transfer",
                  "id": "430200-T-000789",
                  "meta": {
                    "lastUpdated": "2026-01-15T09:30:00+08:00"
                  },
                  "personId": "430100-P-000123",
                  "kind": "pension.employee.intercity",
                  "from": {
                    "city": "430100",
                    "agency": {
                      "creditCode": "11430100MB0000019A",
                      "division": "430100",
                      "department": "hrss"
                    },
                    "enrolmentId": "430100-E-000456"
                  },
                  "to": {
                    "city": "430200",
                    "agency": {
                      "creditCode": "11430200MB0000027A",
                      "division": "430200",
                      "department": "hrss"
                    }
                  },
                  "status": "requested",
                  "steps": [
                    {
                      "status": "requested",
                      "at": "2026-01-15T09:30:00+08:00"
                    }
                  ],
                  "contributionMonths": 12,
                  "individualAccountBalance": 0,
                  "pooledFundAmount": 0,
                  "contributions": [
                    {
                      "year": 2025,
                      "months": 12,
                      "monthlyBase": 500000,
                      "individualAmount": 480000,
                      "employerAmount": 960000
                    }
                  ]
                }
              }
            ],
            "next": 42
          }
        },
        "RetractionRequest": {
          "summary": "An enrolment keyed twice by mistake",
          "value": {
            "reason": "entered-in-error",
            "note": "重复录入"
          }
        },
        "Retraction": {
          "summary": "The enrolment is now a tombstone at version 2",
          "value": {
            "id": "430100-E-000456",
            "version": 2,
            "reason": "entered-in-error",
            "retractedAt": "2026-02-01T03:00:00.000Z"
          }
        },
        "GoneProblem": {
          "summary": "Reading a retracted enrolment",
          "value": {
            "type": "https://czt-ss.org/problems/gone",
            "title": "Gone",
            "status": 410,
            "detail": "enrolment 430100-E-000456 was retracted (entered-in-error) at 2026-02-01T03:00:00.000Z",
            "instance": "/v1/enrolments/430100-E-000456",
            "reason": "entered-in-error",
            "retractedAt": "2026-02-01T03:00:00.000Z"
          }
        },
        "RecordVersionList": {
          "summary": "A person as first filed, then corrected (the hukou division added)",
          "value": {
            "items": [
              {
                "version": 1,
                "etag": "\"1\"",
                "writtenAt": "2026-01-15T01:30:00.000Z",
                "record": {
                  "recordType": "person",
                  "id": "430100-P-000123",
                  "meta": {
                    "lastUpdated": "2026-01-15T09:30:00+08:00"
                  },
                  "idNumber": "430102199003071234",
                  "name": "张伟",
                  "sex": "1",
                  "birthDate": "1990-03-07",
                  "nationality": "CHN"
                }
              },
              {
                "version": 2,
                "etag": "\"2\"",
                "writtenAt": "2026-01-16T02:00:00.000Z",
                "record": {
                  "recordType": "person",
                  "id": "430100-P-000123",
                  "meta": {
                    "lastUpdated": "2026-01-15T09:30:00+08:00"
                  },
                  "idNumber": "430102199003071234",
                  "name": "张伟",
                  "sex": "1",
                  "birthDate": "1990-03-07",
                  "nationality": "CHN",
                  "hukou": {
                    "division": "430102",
                    "residenceType": "urban"
                  }
                }
              }
            ]
          }
        },
        "PersonLinkRequest": {
          "summary": "430100-P-000124, filed with a mistyped birth date, turns out to be 张伟 again",
          "value": {
            "replacedBy": "430100-P-000123"
          }
        },
        "PersonLinked": {
          "summary": "The duplicate, kept, pointing at its survivor",
          "value": {
            "recordType": "person",
            "id": "430100-P-000124",
            "meta": {
              "lastUpdated": "2026-02-01T03:00:00.000Z"
            },
            "idNumber": "430102198511121256",
            "name": "张伟",
            "sex": "1",
            "birthDate": "1985-11-12",
            "nationality": "CHN",
            "replacedBy": "430100-P-000123"
          }
        },
        "SubscriptionRequest": {
          "summary": "Zhuzhou's bureau asks to be told of the deaths of the persons it insures or assists",
          "value": {
            "callbackUrl": "https://hrss.zhuzhou.example/czt/hooks",
            "filter": {
              "named": "deathsOfMyPersons"
            },
            "description": "死亡人员待遇停发提醒"
          }
        },
        "SubscriptionCreated": {
          "summary": "Subscribed; store the secret",
          "value": {
            "id": "sub_Hk2x9QmZr4TbWcLp",
            "callbackUrl": "https://hrss.zhuzhou.example/czt/hooks",
            "filter": {
              "named": "deathsOfMyPersons"
            },
            "description": "死亡人员待遇停发提醒",
            "purpose": "benefitVerification",
            "status": "active",
            "createdAt": "2026-12-04T01:00:00.000Z",
            "startedAfter": 42,
            "secret": "whsec_Rk3vQ8nT2xYb6LmPz0WcJd5HsAe9GuKf"
          }
        },
        "Subscription": {
          "summary": "An active subscription",
          "value": {
            "id": "sub_Hk2x9QmZr4TbWcLp",
            "callbackUrl": "https://hrss.zhuzhou.example/czt/hooks",
            "filter": {
              "named": "deathsOfMyPersons"
            },
            "description": "死亡人员待遇停发提醒",
            "purpose": "benefitVerification",
            "status": "active",
            "createdAt": "2026-12-04T01:00:00.000Z",
            "startedAfter": 42
          }
        },
        "SubscriptionList": {
          "summary": "The agency's one subscription",
          "value": {
            "items": [
              {
                "id": "sub_Hk2x9QmZr4TbWcLp",
                "callbackUrl": "https://hrss.zhuzhou.example/czt/hooks",
                "filter": {
                  "named": "deathsOfMyPersons"
                },
                "purpose": "benefitVerification",
                "status": "active",
                "createdAt": "2026-12-04T01:00:00.000Z",
                "startedAfter": 42
              }
            ]
          }
        },
        "DeliveryPage": {
          "summary": "One delivery retried twice before it got through, one waiting for its next attempt",
          "value": {
            "items": [
              {
                "id": "dlv_Hk2x9QmZr4TbWcLp_57",
                "position": 57,
                "eventType": "corrected",
                "recordType": "person",
                "recordId": "430100-P-000123",
                "status": "delivered",
                "attempts": 3,
                "responseStatus": 204,
                "createdAt": "2026-12-04T01:05:00.000Z",
                "deliveredAt": "2026-12-04T01:05:03.120Z"
              },
              {
                "id": "dlv_Hk2x9QmZr4TbWcLp_61",
                "position": 61,
                "eventType": "corrected",
                "recordType": "person",
                "recordId": "430100-P-000124",
                "status": "pending",
                "attempts": 1,
                "nextAttemptAt": "2026-12-04T01:06:01.000Z",
                "lastError": "the receiver answered 503",
                "responseStatus": 503,
                "createdAt": "2026-12-04T01:06:00.000Z"
              }
            ]
          }
        },
        "InvalidSubscriptionProblem": {
          "summary": "A callback URL that is not http(s)",
          "value": {
            "type": "https://czt-ss.org/problems/invalid-subscription",
            "title": "The subscription is not valid",
            "status": 422,
            "detail": "callbackUrl must be http or https, not ftp",
            "instance": "/v1/subscriptions",
            "errors": [
              {
                "ruleId": "api.subscription-callback",
                "pointer": "/callbackUrl",
                "severity": "error",
                "detail": "callbackUrl must be http or https, not ftp"
              }
            ]
          }
        },
        "Consent": {
          "summary": "A 低保 applicant's household means check authorisation, for Changsha's civil affairs and hrss bureaus",
          "value": {
            "recordType": "consent",
            "id": "430100-C-000001",
            "meta": {
              "lastUpdated": "2026-03-01T10:00:00+08:00"
            },
            "personId": "430100-P-000123",
            "city": "430100",
            "agency": {
              "creditCode": "11430100MB0000019A",
              "division": "430100",
              "department": "hrss",
              "name": "长沙市人力资源和社会保障局"
            },
            "grantedTo": [
              {
                "creditCode": "11430100MB0000019A",
                "division": "430100",
                "department": "hrss",
                "name": "长沙市人力资源和社会保障局"
              }
            ],
            "scope": [
              "person",
              "enrolment",
              "benefit",
              "assistance"
            ],
            "purposes": [
              "dibaoReview",
              "medicalAssistance"
            ],
            "validFrom": "2026-03-01",
            "validUntil": "2027-02-28",
            "revoked": false,
            "document": {
              "title": "家庭经济状况核对授权书",
              "number": "CS-HD-2026-000123",
              "signedOn": "2026-03-01"
            }
          }
        },
        "ConsentPage": {
          "summary": "A page of one consent, the last",
          "value": {
            "items": [
              {
                "recordType": "consent",
                "id": "430100-C-000001",
                "meta": {
                  "lastUpdated": "2026-03-01T10:00:00+08:00"
                },
                "personId": "430100-P-000123",
                "city": "430100",
                "agency": {
                  "creditCode": "11430100MB0000019A",
                  "division": "430100",
                  "department": "hrss",
                  "name": "长沙市人力资源和社会保障局"
                },
                "grantedTo": [
                  {
                    "creditCode": "11430100MB0000019A",
                    "division": "430100",
                    "department": "hrss",
                    "name": "长沙市人力资源和社会保障局"
                  }
                ],
                "scope": [
                  "person",
                  "enrolment",
                  "benefit",
                  "assistance"
                ],
                "purposes": [
                  "dibaoReview",
                  "medicalAssistance"
                ],
                "validFrom": "2026-03-01",
                "validUntil": "2027-02-28",
                "revoked": false,
                "document": {
                  "title": "家庭经济状况核对授权书",
                  "number": "CS-HD-2026-000123",
                  "signedOn": "2026-03-01"
                }
              }
            ]
          }
        },
        "ConsentRevocation": {
          "summary": "Withdrawn at the counter on 10 May 2026",
          "value": {
            "revokedAt": "2026-05-10T09:30:00+08:00"
          }
        },
        "PersonSearchByIdNumber": {
          "summary": "By identity number",
          "value": {
            "idNumber": "430102199003071234"
          }
        },
        "PersonSearchByName": {
          "summary": "By name and birth date, for a person without an identity number",
          "value": {
            "name": "张伟",
            "birthDate": "1990-03-07"
          }
        },
        "AuditEventPage": {
          "summary": "Zhuzhou's bureau read a Changsha person to check a benefit",
          "value": {
            "items": [
              {
                "id": "17",
                "at": "2026-12-04T01:12:09.417Z",
                "agency": {
                  "creditCode": "11430200MB0000027A",
                  "city": "430200",
                  "department": "hrss"
                },
                "operation": "getPerson",
                "recordId": "430100-P-000123",
                "recordType": "person",
                "purpose": "benefitVerification"
              }
            ]
          }
        },
        "PurposeProblem": {
          "summary": "A read of personal data without CZT-Purpose",
          "value": {
            "type": "https://czt-ss.org/problems/purpose-required",
            "title": "A purpose is required",
            "status": 403,
            "detail": "a read of personal data names its purpose in the CZT-Purpose header (a code of the readPurpose list, e.g. dibaoReview, benefitVerification)",
            "instance": "/v1/persons/430100-P-000123",
            "errors": [
              {
                "ruleId": "api.purpose-missing",
                "pointer": "/headers/CZT-Purpose",
                "severity": "error",
                "detail": "a read of personal data names its purpose in the CZT-Purpose header (a code of the readPurpose list, e.g. dibaoReview, benefitVerification)"
              }
            ]
          }
        },
        "ConsentProblem": {
          "summary": "A 低保 review under a consent the person has revoked",
          "value": {
            "type": "https://czt-ss.org/problems/consent-required",
            "title": "A valid consent is required",
            "status": 403,
            "detail": "consent 430100-C-000001: revoked by the person at 2026-05-10T09:30:00+08:00",
            "instance": "/v1/persons/430100-P-000123",
            "errors": [
              {
                "ruleId": "api.consent-revoked",
                "pointer": "/headers/CZT-Consent",
                "severity": "error",
                "detail": "consent 430100-C-000001: revoked by the person at 2026-05-10T09:30:00+08:00"
              }
            ]
          }
        }
      }
    }
  }
};
